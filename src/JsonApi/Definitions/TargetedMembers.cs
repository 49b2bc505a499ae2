using System.Reflection;
using JsonApi.Graph;

namespace JsonApi.Definitions;

/// <summary>The attributes and relationships a write request targets (the members present in its body or URL).</summary>
public sealed class TargetedMembers(IReadOnlyList<ResourceAttribute> attributes, IReadOnlyList<ResourceRelationship> relationships)
{
    public IReadOnlyList<ResourceAttribute> Attributes { get; } = attributes;

    public IReadOnlyList<ResourceRelationship> Relationships { get; } = relationships;

    public bool IsEmpty => Attributes.Count == 0 && Relationships.Count == 0;

    /// <summary>Whether the attribute or relationship mapped to <paramref name="property"/> is targeted.</summary>
    public bool Contains(PropertyInfo property) =>
        Attributes.Any(attribute => attribute.Property == property) || Relationships.Any(relationship => relationship.Property == property);

    public override string ToString() =>
        string.Join(", ", Attributes.Select(a => a.PublicName).Concat(Relationships.Select(r => r.PublicName)));
}
