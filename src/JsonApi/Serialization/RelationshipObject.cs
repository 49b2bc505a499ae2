using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>A relationship object: links and, when known, resource linkage.</summary>
public sealed class RelationshipObject
{
    private readonly string? _selfLink;
    private readonly string? _relatedLink;

    /// <summary><c>{resource}/relationships/{name}</c>; when not given, derived from <see cref="ResourceLink"/>.</summary>
    public string? SelfLink
    {
        get => _selfLink ?? (ResourceLink is null || Relationship is null ? null : $"{ResourceLink}/relationships/{Relationship.PublicName}");
        init => _selfLink = value;
    }

    /// <summary><c>{resource}/{name}</c>; when not given, derived from <see cref="ResourceLink"/>.</summary>
    public string? RelatedLink
    {
        get => _relatedLink ?? (ResourceLink is null || Relationship is null ? null : $"{ResourceLink}/{Relationship.PublicName}");
        init => _relatedLink = value;
    }

    /// <summary>The next page of an included to-many relationship's linkage (its <c>self</c> link, paged), when it has more
    /// resources than an included relationship shows.</summary>
    public string? NextLink { get; set; }

    /// <summary>Whether <c>data</c> is written (it can be written as null for an empty to-one).</summary>
    public bool HasData { get; set; }

    public bool IsToMany { get; init; }

    public ResourceIdentifier? Single { get; set; }

    public List<ResourceIdentifier>? Many { get; set; }

    /// <summary>The owning resource's self link: the writer composes the relationship links from it without allocating them.</summary>
    internal string? ResourceLink { get; init; }

    internal ResourceRelationship? Relationship { get; init; }

    internal bool HasExplicitLinks => _selfLink is not null || _relatedLink is not null;
}
