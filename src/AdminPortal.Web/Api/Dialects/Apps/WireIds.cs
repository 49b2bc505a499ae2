using System.Text.Json;
using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.Dialects.Apps;

/// <summary>Id lists of seed 002: integers (numeric ids) as in the seed, UUID strings as elsewhere in the product, or numeric strings.</summary>
public static class WireIds
{
    public static IReadOnlyList<RowRef> Parse(IReadOnlyList<JsonElement>? values, string member)
    {
        if (values is null)
        {
            return [];
        }

        var references = new List<RowRef>(values.Count);
        foreach (var value in values)
        {
            var parsed = value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var number) => RowRef.Of(number),
                JsonValueKind.String when RowRef.TryParse(value.GetString(), out var reference) => reference,
                _ => (RowRef?)null,
            };
            references.Add(parsed ?? throw ApiRequestException.BadRequest(
                $"{member} must hold ids (integers, or UUID strings); {value.GetRawText()} is not one.", pointer: $"/{member}/{references.Count}"));
        }

        return references;
    }

    /// <summary><c>x[]=11&amp;x[]=12</c> or <c>x=11,12</c> in the query string.</summary>
    public static IReadOnlyList<RowRef> FromQuery(IQueryCollection query, string member) =>
        [.. query[$"{member}[]"].Concat(query[member])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => RowRef.TryParse(v, out var reference) ? reference
                : throw ApiRequestException.BadRequest($"{member} must hold ids (integers, or UUID strings); '{v}' is not one.", parameter: member))];
}
