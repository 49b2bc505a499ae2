using JsonApi.Graph;

namespace JsonApi.Definitions;

/// <summary>The members a client sent in a write request, by public name, already converted to CLR values.</summary>
public sealed class ResourceWrite
{
    internal ResourceWrite(ResourceType resourceType, WriteKind kind, object? id)
    {
        ResourceType = resourceType;
        Kind = kind;
        Id = id;
    }

    public ResourceType ResourceType { get; }

    public WriteKind Kind { get; }

    /// <summary>The id from the URL (update and relationship changes) or the client-generated id (create, when allowed).</summary>
    public object? Id { get; internal set; }

    /// <summary>Attribute values sent, e.g. <c>Attributes["status"]</c>; missing members were not sent.</summary>
    public IReadOnlyDictionary<string, object?> Attributes => AttributeValues;

    /// <summary>To-one relationships sent: public name → right resource id (null clears).</summary>
    public IReadOnlyDictionary<string, object?> ToOne => ToOneIds;

    /// <summary>To-many relationships sent: public name → right resource ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object>> ToMany => ToManyIds;

    internal Dictionary<string, object?> AttributeValues { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, object?> ToOneIds { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, IReadOnlyList<object>> ToManyIds { get; } = new(StringComparer.Ordinal);

    public bool HasAttribute(string publicName) => AttributeValues.ContainsKey(publicName);

    /// <summary>The value sent for an attribute, or <paramref name="fallback"/> when it was not sent.</summary>
    public T? GetAttribute<T>(string publicName, T? fallback = default) =>
        AttributeValues.TryGetValue(publicName, out var value) ? (T?)value : fallback;

    public bool HasRelationship(string publicName) => ToOneIds.ContainsKey(publicName) || ToManyIds.ContainsKey(publicName);
}
