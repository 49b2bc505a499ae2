using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>A resource object of a document: its id as read (formatted only when written), the attribute values of its row and its
/// relationship objects in the order they are written.</summary>
public sealed class ResourceObject
{
    private string? _id;

    private List<RelationshipObject>? _relationships;
    private int _relationshipCapacity;

    internal ResourceObject(ResourceType type, object id, IReadOnlyList<ResourceAttribute> attributes, object?[] values, ResourceLinks? links,
        int relationshipCapacity = 0)
    {
        _relationshipCapacity = relationshipCapacity;
        ResourceType = type;
        RawId = id;
        AttributeList = attributes;
        Values = values;
        Links = links;
    }

    public string Type => ResourceType.PublicName;

    public string Id => _id ??= ResourceType.FormatId(RawId);

    internal ResourceType ResourceType { get; }

    internal object RawId { get; }

    /// <summary>The attributes written, in the order of <see cref="Values"/>.</summary>
    internal IReadOnlyList<ResourceAttribute> AttributeList { get; }

    internal object?[] Values { get; }

    /// <summary>The relationship objects in the order they are written.</summary>
    internal IReadOnlyList<RelationshipObject> Relationships => (IReadOnlyList<RelationshipObject>?)_relationships ?? [];

    /// <summary>Composes the resource's <c>self</c> link and its relationships' links; null writes no links.</summary>
    internal ResourceLinks? Links { get; }

    /// <summary>Part of the primary data (then never in <c>included</c>).</summary>
    internal bool IsPrimary { get; set; }

    internal RelationshipObject? FindRelationship(ResourceRelationship relationship)
    {
        if (_relationships is { } relationships)
        {
            foreach (var candidate in relationships)
            {
                if (ReferenceEquals(candidate.Relationship, relationship))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    internal RelationshipObject AddRelationship(RelationshipObject relationship)
    {
        (_relationships ??= new List<RelationshipObject>(Math.Max(_relationshipCapacity, 1))).Add(relationship);
        return relationship;
    }
}
