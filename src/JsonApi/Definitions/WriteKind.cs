namespace JsonApi.Definitions;

/// <summary>The kind of write a <see cref="ResourceWrite"/> describes.</summary>
public enum WriteKind
{
    Create,
    Update,
    SetRelationship,
    AddToRelationship,
    RemoveFromRelationship,
}
