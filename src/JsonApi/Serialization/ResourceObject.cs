using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>A resource object of a document.</summary>
public sealed class ResourceObject(string type, string id)
{
    public string Type { get; } = type;

    public string Id { get; } = id;

    public List<AttributeValue> Attributes { get; } = [];

    public Dictionary<string, RelationshipObject> Relationships { get; } = new(StringComparer.Ordinal);

    public string? SelfLink { get; init; }

    /// <summary>The resource type when the library built the object (its name is written pre-encoded).</summary>
    internal ResourceType? ResourceType { get; init; }
}
