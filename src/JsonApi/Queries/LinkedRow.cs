namespace JsonApi.Queries;

/// <summary>A row of an included to-many relationship with the id of the resource that includes it.</summary>
internal sealed class LinkedRow
{
    public object? ParentId { get; set; }

    public ResourceRow Row { get; set; } = null!;
}

/// <summary>A parent and one of its children, between the <c>SelectMany</c> and the projection of <see cref="LinkedRow"/>s.</summary>
internal sealed class Link<TParent, TChild>
{
    public TParent Parent { get; set; } = default!;

    public TChild Child { get; set; } = default!;
}
