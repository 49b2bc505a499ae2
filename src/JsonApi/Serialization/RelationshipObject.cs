using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>A relationship object of a resource: links (composed from the resource's when written) and, when known, resource linkage.</summary>
internal sealed class RelationshipObject(ResourceRelationship relationship)
{
    public ResourceRelationship Relationship { get; } = relationship;

    public bool IsToMany => Relationship.IsToMany;

    /// <summary>The next page of an included to-many relationship's linkage, when it has more resources than an included
    /// relationship shows.</summary>
    public string? NextLink { get; set; }

    /// <summary>Whether <c>data</c> is written (it can be written as null for an empty to-one).</summary>
    public bool HasData { get; set; }

    public ResourceIdentifier? Single { get; set; }

    public List<ResourceIdentifier>? Many { get; set; }
}
