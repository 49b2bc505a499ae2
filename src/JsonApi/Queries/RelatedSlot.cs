using JsonApi.Graph;

namespace JsonApi.Queries;

/// <summary>A relationship read with a resource: a to-one id (when <see cref="Included"/> is null) or an included to-one row,
/// at <see cref="Position"/> of <see cref="ResourceRow.Values"/> (after the attributes); or an included to-many list, at <see cref="Position"/> of
/// <see cref="ResourceRow.Collections"/>.</summary>
internal sealed record RelatedSlot(ResourceRelationship Relationship, ProjectionLayer? Included, bool Shown, int Position);
