using JsonApi.Graph;

namespace JsonApi.Queries;

/// <summary>One entry of <see cref="ResourceRow.Related"/>: a to-one id (when <see cref="Included"/> is null) or included rows.</summary>
internal sealed record RelatedSlot(ResourceRelationship Relationship, ProjectionLayer? Included, bool Shown);
