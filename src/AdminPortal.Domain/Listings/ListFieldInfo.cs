namespace AdminPortal.Domain.Listings;

/// <summary>
/// What a list can be filtered and sorted by, for adapters that parse and document a query language:
/// the field's name, its value type (without nullability), whether it may be null, whether it takes a range
/// (numbers and times), whether it sorts, and the values it may take when they are a fixed set.
/// </summary>
public sealed record ListFieldInfo(
    string Name,
    Type ValueType,
    bool Nullable,
    bool Ranged,
    bool Sortable,
    IReadOnlyList<string>? AllowedValues);

/// <summary>The fields of one list, without its entity type.</summary>
public interface IListFields
{
    IReadOnlyList<ListFieldInfo> Fields { get; }

    /// <summary>The field the list is ordered by when the query names none.</summary>
    string DefaultOrder { get; }

    ListFieldInfo? Find(string name);
}
