namespace JsonApi.Queries;

/// <summary>What one SQL projection yields for a resource: its id, then in <see cref="Values"/> the selected attribute values
/// followed, per to-one slot, by an id or an included row; included to-many lists are read afterwards into
/// <see cref="Collections"/>.</summary>
internal sealed class ResourceRow
{
    public object? Id { get; set; }

    public object?[] Values { get; set; } = [];

    public List<ResourceRow>?[]? Collections { get; set; }

    /// <summary>An included to-many list, or a to-one id or included row; null when the to-one resource is missing (a row read
    /// without a condition then has no id).</summary>
    public object? ValueOf(RelatedSlot slot) => slot.Relationship.IsToMany
        ? Collections?[slot.Position]
        : Values[slot.Position] is ResourceRow { Id: null } ? null : Values[slot.Position];
}
