using AdminPortal.Domain.Listings;

namespace AdminPortal.Web.Api.Dialects.Manager.Query;

/// <summary>
/// The query parameters one manager API endpoint accepts (seed 004's query language): filters on the list's fields
/// (<c>x[]</c> lists, <c>x[from]</c>/<c>x[to]</c> ranges on numbers and times), <c>page</c>/<c>per</c>,
/// <c>sort_column</c>/<c>sort_direction</c>, <c>with_deleted</c>, and named scalar parameters of its own
/// (<see cref="With"/>). Anything else answers 400 naming what the endpoint accepts.
/// </summary>
public sealed record ManagerParameters
{
    public const int DefaultPer = 100;
    public const int MaxPer = 1000;

    /// <summary>The fields filters (and <c>sort_column</c>) may name; null: no filters.</summary>
    public IListFields? Fields { get; init; }

    /// <summary>When set, only these of <see cref="Fields"/> filter (e.g. a tree's few filters).</summary>
    public IReadOnlySet<string>? Filters { get; init; }

    public bool Paged { get; init; }

    public bool Sorted { get; init; }

    public bool WithDeleted { get; init; }

    public IReadOnlyList<ScalarParameter> Scalars { get; init; } = [];

    /// <summary>A list: every field filters and sorts, paged, <c>with_deleted</c>.</summary>
    public static ManagerParameters List(IListFields fields) => new() { Fields = fields, Paged = true, Sorted = true, WithDeleted = true };

    /// <summary>One record by the id in its path: <c>with_deleted</c>, and <c>record_id</c> naming the same id.</summary>
    public static ManagerParameters Single { get; } = new() { WithDeleted = true, Scalars = [ScalarParameter.RecordId] };

    /// <summary>A tree: only the named filters, <c>with_deleted</c>, no paging.</summary>
    public static ManagerParameters Tree(IListFields fields, params string[] filters) =>
        new() { Fields = fields, Filters = filters.ToHashSet(StringComparer.Ordinal), WithDeleted = true };

    /// <summary>No parameters at all.</summary>
    public static ManagerParameters None { get; } = new();

    public ManagerParameters With(ScalarParameter parameter) => this with { Scalars = [.. Scalars, parameter] };

    public bool CanFilter(string field) => Fields?.Find(field) is not null && (Filters is null || Filters.Contains(field));

    /// <summary>Every parameter name accepted, for the message of an unknown one and for the OpenAPI document.</summary>
    public IEnumerable<string> Names()
    {
        if (Paged)
        {
            yield return "page";
            yield return "per";
        }

        if (Sorted)
        {
            yield return "sort_column";
            yield return "sort_direction";
        }

        if (WithDeleted)
        {
            yield return "with_deleted";
        }

        foreach (var scalar in Scalars)
        {
            yield return scalar.Name;
        }

        foreach (var field in FilterFields())
        {
            yield return $"{field.Name}[]";
            if (field.Ranged)
            {
                yield return $"{field.Name}[from]";
                yield return $"{field.Name}[to]";
            }
        }
    }

    public IEnumerable<ListFieldInfo> FilterFields() => Fields?.Fields.Where(f => Filters is null || Filters.Contains(f.Name)) ?? [];
}

/// <summary>
/// A parameter with one value, e.g. the <c>minutes</c> of an SLA read; <paramref name="Type"/> as in <see cref="WireValues"/>;
/// <paramref name="Example"/> is the OpenAPI document's example of it.
/// </summary>
public sealed record ScalarParameter(
    string Name, Type Type, bool Required = false, IReadOnlyList<string>? AllowedValues = null, string? Description = null, string? Example = null)
{
    /// <summary>Seed 004's <c>record_id</c> of a single read: the record's id again (it must match the path).</summary>
    public static ScalarParameter RecordId { get; } = new("record_id", typeof(long), Description: "The id of the record (the same as in the path).");
}
