namespace JsonApi.Graph;

/// <summary>The endpoints a resource type exposes.</summary>
[Flags]
public enum ResourceEndpoints
{
    None = 0,
    GetCollection = 1,
    GetSingle = 2,
    GetSecondary = 4,
    GetRelationship = 8,
    Post = 16,
    Patch = 32,
    Delete = 64,
    PatchRelationship = 128,
    PostRelationship = 256,
    DeleteRelationship = 512,

    Read = GetCollection | GetSingle | GetSecondary | GetRelationship,
    All = Read | Post | Patch | Delete | PatchRelationship | PostRelationship | DeleteRelationship,
}
