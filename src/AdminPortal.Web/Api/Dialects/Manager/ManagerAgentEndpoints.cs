using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's agent endpoints: the list, one agent, and the signed-in agents' current status.</summary>
public static class ManagerAgentEndpoints
{
    public static readonly ManagerParameters ListParameters = ManagerParameters.List(AgentDirectory.Fields);

    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("ListAgents", "/agents", "List agents", ListParameters, typeof(ManagerAgent), ManagerShape.Page, ListAsync),
        new("AgentsCurrentStatus", "/agents/current_status", "Signed-in agents, their current status and holds", ListParameters, typeof(ManagerCurrentStatus), ManagerShape.Page, CurrentStatusAsync)
        {
            Description = "Every signed-in agent (any status but offline) with its status, since when, and whether it has a call on hold and for how long (seconds).",
        },
        new("GetAgent", "/agents/{id}", "One agent", ManagerParameters.Single, typeof(ManagerAgent), ManagerShape.Object, GetAsync) { ExampleId = 11 },
    ];

    private static async Task<IResult> ListAsync(HttpContext http, [FromServices] AgentDirectory agents, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ListParameters).List;
        var page = await agents.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerAgent.From);
    }

    private static async Task<IResult> CurrentStatusAsync(HttpContext http, [FromServices] AgentDirectory agents, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ListParameters).List;
        var page = await agents.CurrentStatusAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerCurrentStatus.From);
    }

    private static async Task<IResult> GetAsync(long id, HttpContext http, [FromServices] AgentDirectory agents, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ManagerParameters.Single);
        return DialectJson.Ok(ManagerAgent.From(await agents.GetAsync(caller.Required, query.RecordId(id), http.RequestAborted)));
    }
}
