namespace AdminPortal.Domain.Listings;

/// <summary>
/// A read of a list: conditions on named fields (all must hold), an order, a page, and whether deleted rows count.
/// The field names are those of the list's <see cref="ListFields{T}"/>; values already have the field's type.
/// </summary>
public sealed record ListQuery
{
    public IReadOnlyList<FieldCondition> Conditions { get; init; } = [];

    /// <summary>Null: the list's own order.</summary>
    public FieldOrder? Order { get; init; }

    /// <summary>Null: every row (trees, small lists).</summary>
    public PageWindow? Page { get; init; }

    public bool WithDeleted { get; init; }

    public static ListQuery Everything { get; } = new();
}

public abstract record FieldCondition(string Field);

/// <summary>The field's value is one of <paramref name="Values"/> (null included when listed); for a collection field, any of its values is.</summary>
public sealed record OneOf(string Field, IReadOnlyList<object?> Values) : FieldCondition(Field);

/// <summary>The field's value lies between the bounds, both inclusive; a null bound is open.</summary>
public sealed record Between(string Field, object? From, object? To) : FieldCondition(Field);

public sealed record FieldOrder(string Field, bool Descending);

/// <summary>Page <paramref name="Number"/> (from 1) of <paramref name="Size"/> rows.</summary>
public sealed record PageWindow(int Number, int Size)
{
    public int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list and the count of every row the conditions match.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total);
