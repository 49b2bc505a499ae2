namespace JsonApi.Serialization;

/// <summary>A relationship object: links and, when known, resource linkage.</summary>
public sealed class RelationshipObject
{
    public string? SelfLink { get; init; }

    public string? RelatedLink { get; init; }

    /// <summary>Whether <c>data</c> is written (it can be written as null for an empty to-one).</summary>
    public bool HasData { get; set; }

    public bool IsToMany { get; init; }

    public ResourceIdentifier? Single { get; set; }

    public List<ResourceIdentifier>? Many { get; set; }
}
