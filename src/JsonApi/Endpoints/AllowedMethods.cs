using JsonApi.Graph;

namespace JsonApi.Endpoints;

/// <summary>The methods each kind of route answers for a resource type, as an Allow header value.</summary>
internal static class AllowedMethods
{
    public static string Collection(ResourceType type) => Join(
        (type.Has(ResourceEndpoints.GetCollection), "GET, HEAD"), (type.Has(ResourceEndpoints.Post), "POST"));

    public static string Single(ResourceType type) => Join(
        (type.Has(ResourceEndpoints.GetSingle), "GET, HEAD"), (type.Has(ResourceEndpoints.Patch), "PATCH"), (type.Has(ResourceEndpoints.Delete), "DELETE"));

    public static string Secondary(ResourceType type) => Join((type.Has(ResourceEndpoints.GetSecondary), "GET, HEAD"));

    public static string Relationship(ResourceType type, ResourceRelationship relationship) => Join(
        (type.Has(ResourceEndpoints.GetRelationship), "GET, HEAD"),
        (type.Has(ResourceEndpoints.PatchRelationship) && !relationship.IsReadOnly, "PATCH"),
        (type.Has(ResourceEndpoints.PostRelationship) && !relationship.IsReadOnly && relationship.IsToMany, "POST"),
        (type.Has(ResourceEndpoints.DeleteRelationship) && !relationship.IsReadOnly && relationship.IsToMany, "DELETE"));

    /// <summary>The Allow value of a path under the prefix (<c>articles/1/relationships/tags</c>), or null when no route has that shape.</summary>
    public static string? ForPath(ResourceGraph graph, string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments is ["operations"])
        {
            return "POST";
        }

        if (segments is ["openapi.json"])
        {
            return "GET, HEAD";
        }

        if (graph.FindByRoute(segments[0]) is not { } type)
        {
            return null;
        }

        return segments switch
        {
            [_] => Collection(type),
            [_, _] => Single(type),
            [_, _, var name] when type.FindRelationship(name) is not null => Secondary(type),
            [_, _, "relationships", var name] when type.FindRelationship(name) is { } relationship => Relationship(type, relationship),
            _ => null,
        };
    }

    private static string Join(params (bool Allowed, string Methods)[] parts) =>
        string.Join(", ", parts.Where(part => part.Allowed).Select(part => part.Methods));
}
