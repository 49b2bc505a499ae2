using System.Globalization;
using System.Text.RegularExpressions;
using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Errors;
using Microsoft.Extensions.Primitives;

namespace AdminPortal.Web.Api.Dialects.Manager.Query;

/// <summary>
/// Seed 004's query language to a <see cref="ListQuery"/>. <c>x[]</c> (or <c>x</c>) lists values, repeated for several
/// (<c>id[]=11&amp;id[]=12</c>), <c>null</c> naming a missing value of a field that may be missing; <c>x[from]</c> and
/// <c>x[to]</c> bound numbers and times, both inclusive; <c>page</c> (from 1) and <c>per</c> (1 to
/// <see cref="ManagerParameters.MaxPer"/>, <see cref="ManagerParameters.DefaultPer"/> by default); <c>sort_column</c>
/// (a field) and <c>sort_direction</c> (<c>asc</c>/<c>desc</c>, any case); <c>with_deleted</c> (<c>true</c>/<c>false</c>).
/// </summary>
internal static partial class ManagerQueryParser
{
    private const int MaxPage = 1_000_000;

    public static ManagerQuery Parse(IQueryCollection query, ManagerParameters parameters)
    {
        var lists = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        var ranges = new Dictionary<string, (object? From, object? To)>(StringComparer.Ordinal);
        var scalars = new Dictionary<string, object>(StringComparer.Ordinal);
        int? page = null, per = null;
        string? sortColumn = null;
        bool? descending = null, withDeleted = null;

        foreach (var (key, values) in query)
        {
            switch (key)
            {
                case "page" when parameters.Paged:
                    page = WholeNumber(key, Single(key, values), MaxPage);
                    break;
                case "per" when parameters.Paged:
                    per = WholeNumber(key, Single(key, values), ManagerParameters.MaxPer);
                    break;
                case "sort_column" when parameters.Sorted:
                    sortColumn = SortColumn(parameters, Single(key, values));
                    break;
                case "sort_direction" when parameters.Sorted:
                    descending = Single(key, values).Trim().ToLowerInvariant() switch
                    {
                        "asc" => false,
                        "desc" => true,
                        var other => throw Malformed(key, other, "ASC or DESC"),
                    };
                    break;
                case "with_deleted" when parameters.WithDeleted:
                    withDeleted = WireValues.TryBoolean(Single(key, values), out var flag) ? flag : throw Malformed(key, Single(key, values), "true or false");
                    break;
                default:
                    if (parameters.Scalars.FirstOrDefault(s => s.Name == key) is { } scalar)
                    {
                        scalars[key] = Value(key, Single(key, values), scalar.Type, scalar.AllowedValues, nullable: false)!;
                    }
                    else
                    {
                        Filter(parameters, key, values, lists, ranges);
                    }

                    break;
            }
        }

        if (parameters.Scalars.FirstOrDefault(s => s.Required && !scalars.ContainsKey(s.Name)) is { } missing)
        {
            throw ApiRequestException.BadRequest($"{missing.Name} is required.", parameter: missing.Name);
        }

        var conditions = lists.Select(l => (FieldCondition)new OneOf(l.Key, l.Value))
            .Concat(ranges.Select(r => new Between(r.Key, r.Value.From, r.Value.To)))
            .ToList();
        return new ManagerQuery(new ListQuery
        {
            Conditions = conditions,
            Order = sortColumn is null && descending is null ? null : new FieldOrder(sortColumn ?? parameters.Fields!.DefaultOrder, descending ?? false),
            Page = parameters.Paged ? new PageWindow(page ?? 1, per ?? ManagerParameters.DefaultPer) : null,
            WithDeleted = withDeleted ?? false,
        }, scalars);
    }

    private static void Filter(
        ManagerParameters parameters, string key, StringValues values, Dictionary<string, List<object?>> lists, Dictionary<string, (object? From, object? To)> ranges)
    {
        var match = FilterKey().Match(key);
        var name = match.Success ? match.Groups["name"].Value : key;
        if (!match.Success || !parameters.CanFilter(name))
        {
            throw Unknown(key, parameters);
        }

        var field = parameters.Fields!.Find(name)!;
        switch (match.Groups["part"].Value)
        {
            case "from" or "to" when !field.Ranged:
                throw ApiRequestException.BadRequest($"{name} takes a list ({name}[]), not a range.", parameter: key);
            case "from":
                ranges[name] = (Value(key, Single(key, values), field.ValueType, field.AllowedValues, nullable: false), ranges.GetValueOrDefault(name).To);
                break;
            case "to":
                ranges[name] = (ranges.GetValueOrDefault(name).From, Value(key, Single(key, values), field.ValueType, field.AllowedValues, nullable: false));
                break;
            default:
                if (!lists.TryGetValue(name, out var list))
                {
                    lists[name] = list = [];
                }

                list.AddRange(values.Select(v => Value(key, v ?? "", field.ValueType, field.AllowedValues, field.Nullable)));
                break;
        }
    }

    private static object? Value(string key, string text, Type type, IReadOnlyList<string>? allowed, bool nullable)
    {
        if (nullable && string.Equals(text.Trim(), "null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return WireValues.TryParse(type, text, allowed, out var value) ? value : throw Malformed(key, text, WireValues.Describe(type, allowed));
    }

    private static string Single(string key, StringValues values) =>
        values.Count == 1 ? values[0] ?? "" : throw ApiRequestException.BadRequest($"{key} takes one value; it was given {values.Count}.", parameter: key);

    private static int WholeNumber(string key, string text, int max) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw Malformed(key, text, $"a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}");

    private static string SortColumn(ManagerParameters parameters, string column)
    {
        var sortable = parameters.Fields?.Fields.Where(f => f.Sortable).Select(f => f.Name).ToList() ?? [];
        return sortable.Contains(column.Trim(), StringComparer.Ordinal) ? column.Trim() : throw Malformed("sort_column", column, $"one of {string.Join(", ", sortable)}");
    }

    private static ApiRequestException Malformed(string key, string text, string expected) =>
        ApiRequestException.BadRequest($"{key} must be {expected}; '{text}' is not.", parameter: key);

    private static ApiRequestException Unknown(string key, ManagerParameters parameters)
    {
        var accepted = parameters.Names().ToList();
        return ApiRequestException.BadRequest(accepted.Count == 0
            ? $"'{key}' is not a parameter of this endpoint; it takes none."
            : $"'{key}' is not a parameter of this endpoint; it takes {string.Join(", ", accepted)}.", parameter: key);
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\[(?<part>|from|to)\])?$")]
    private static partial Regex FilterKey();
}
