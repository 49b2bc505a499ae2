using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.AgentStatuses;

/// <summary>Id lists of the plain endpoints: UUID strings, from a JSON array or from <c>x[]=..</c> / <c>x=..</c> (comma-separated too).</summary>
public static class Ids
{
    public static IReadOnlyList<string> FromQuery(IQueryCollection query, string name) =>
        [.. query[$"{name}[]"].Concat(query[name]).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static IReadOnlyCollection<Guid> Parse(IReadOnlyList<string>? values, string member, bool pointer)
    {
        if (values is null)
        {
            return [];
        }

        var ids = new List<Guid>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (!Guid.TryParse(values[i], out var id))
            {
                var detail = $"{member} must hold ids (UUID strings); '{values[i]}' is not one";
                throw pointer
                    ? ApiRequestException.BadRequest(detail, pointer: $"/{member}/{i}")
                    : ApiRequestException.BadRequest(detail, parameter: member);
            }

            ids.Add(id);
        }

        return ids.Distinct().ToList();
    }
}
