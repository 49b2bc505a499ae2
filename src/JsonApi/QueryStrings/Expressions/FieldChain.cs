using JsonApi.Graph;

namespace JsonApi.QueryStrings.Expressions;

/// <summary>A dotted path such as <c>author.country.name</c>: to-one hops, then an attribute or a relationship.</summary>
public sealed record FieldChain(IReadOnlyList<ResourceRelationship> Path, ResourceAttribute? Attribute, ResourceRelationship? Relationship)
{
    public override string ToString() =>
        string.Join('.', Path.Select(hop => hop.PublicName).Append(Attribute?.PublicName ?? Relationship!.PublicName));
}
