using System.Text.RegularExpressions;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.Resources;

/// <summary>
/// An agent reads only some rows of most types (itself, its teams, its menus, its history), and a <c>filter</c> or
/// <c>sort</c> path through a to-one relationship (<c>changed_by_user.email</c>, <c>whodunnit.first_name</c>,
/// <c>parent.name</c>) would compare against rows it cannot read. So for the agent role such paths may only pass through
/// relationships to types it reads in full: its organisation and the statuses.
/// </summary>
public static partial class AgentQueryPaths
{
    /// <summary>To-one relationships (by public name) whose target every agent of the organisation may read.</summary>
    private static readonly HashSet<string> OpenHops = new(StringComparer.Ordinal) { "organisation", "status", "user_status" };

    private static readonly string[] Parameters = ["filter", "sort"];

    /// <summary>Throws a 400 naming the parameter when a path passes through a relationship the agent may not look through.</summary>
    public static void EnsureReadable(IQueryCollection query)
    {
        foreach (var parameter in Parameters)
        {
            if (!query.TryGetValue(parameter, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                var withoutText = QuotedText().Replace(value ?? "", "''");
                foreach (Match path in DottedPath().Matches(withoutText))
                {
                    var hops = path.Value.Split('.')[..^1];
                    if (hops.FirstOrDefault(hop => !OpenHops.Contains(hop)) is { } closed)
                    {
                        throw ApiRequestException.BadRequest(
                            $"The agent role cannot {parameter} through '{closed}' ('{path.Value}'): it names rows the agent cannot read.",
                            parameter: parameter);
                    }
                }
            }
        }
    }

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex QuotedText();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+")]
    private static partial Regex DottedPath();
}
