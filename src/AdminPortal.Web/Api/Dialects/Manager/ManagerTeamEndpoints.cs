using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's team endpoints: the list and one team with their members (<c>assignees</c>), and the tree (<c>children</c>).</summary>
public static class ManagerTeamEndpoints
{
    public static readonly ManagerParameters ListParameters = ManagerParameters.List(TeamDirectory.Fields);
    public static readonly ManagerParameters TreeParameters = ManagerParameters.Tree(TeamDirectory.Fields);

    /// <summary>Under <c>teams</c>, and under <c>team</c> as the seed's overview names them.</summary>
    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("ListTeams", "/teams", "List teams with their members", ListParameters, typeof(ManagerTeamWithAssignees), ManagerShape.Page, ListAsync) { Aliases = ["/team"] },
        new("TeamTree", "/teams/tree", "The team tree", TreeParameters, typeof(ManagerTeamNode), ManagerShape.Array, TreeAsync) { Aliases = ["/team/tree"] },
        new("GetTeam", "/teams/{id}", "One team with its members", ManagerParameters.Single, typeof(ManagerTeamWithAssignees), ManagerShape.Object, GetAsync)
        {
            Aliases = ["/team/{id}"],
            ExampleId = 11,
        },
    ];

    private static async Task<IResult> ListAsync(HttpContext http, [FromServices] TeamDirectory teams, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ListParameters).List;
        var page = await teams.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerTeamWithAssignees.From);
    }

    private static async Task<IResult> TreeAsync(HttpContext http, [FromServices] TeamDirectory teams, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, TreeParameters).List;
        var tree = await teams.TreeAsync(caller.Required, query.WithDeleted, http.RequestAborted);
        return DialectJson.Ok(tree.Select(ManagerTeamNode.From).ToList());
    }

    private static async Task<IResult> GetAsync(long id, HttpContext http, [FromServices] TeamDirectory teams, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ManagerParameters.Single);
        var team = await teams.GetAsync(caller.Required, query.RecordId(id), query.List.WithDeleted, http.RequestAborted);
        return DialectJson.Ok(ManagerTeamWithAssignees.From(team));
    }
}
