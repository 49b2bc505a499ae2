using JsonApi.Definitions;
using JsonApi.Graph;

namespace JsonApi.Writes;

/// <summary>The members a client sent in one write, by public name, already converted to CLR values and ids.</summary>
internal sealed class WriteRequest(ResourceType resourceType, WriteKind kind, object? id)
{
    public ResourceType ResourceType { get; } = resourceType;

    public WriteKind Kind { get; } = kind;

    /// <summary>The id from the URL (update and relationship changes) or the client-generated id (create, when allowed).</summary>
    public object? Id { get; set; } = id;

    /// <summary>JSON pointer of the resource object (or relationship data) in the request, for error sources.</summary>
    public string Pointer { get; init; } = "/data";

    public Dictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>To-one relationships sent: public name → right resource id (null clears).</summary>
    public Dictionary<string, object?> ToOne { get; } = new(StringComparer.Ordinal);

    /// <summary>To-many relationships sent: public name → right resource ids.</summary>
    public Dictionary<string, IReadOnlyList<object>> ToMany { get; } = new(StringComparer.Ordinal);

    public bool HasRelationship(string publicName) => ToOne.ContainsKey(publicName) || ToMany.ContainsKey(publicName);

    /// <summary>The attributes and relationships of the request, as graph members.</summary>
    public TargetedMembers Members() => new(
        [.. Attributes.Keys.Select(name => ResourceType.FindAttribute(name)!)],
        [.. ToOne.Keys.Concat(ToMany.Keys).Select(name => ResourceType.FindRelationship(name)!)]);

    /// <summary>The pointer of a relationship's data: the body's data itself on relationship endpoints.</summary>
    public string RelationshipPointer(string publicName) =>
        Kind is WriteKind.Create or WriteKind.Update ? $"{Pointer}/relationships/{publicName}/data" : Pointer;
}
