using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's agent endpoints: the list, one agent, and the signed-in agents' current status.</summary>
public static class ManagerAgentEndpoints
{
    public static readonly ManagerParameters ListParameters = ManagerParameters.List(AgentDirectory.Fields);

    public static IEndpointRouteBuilder MapManagerAgents(this IEndpointRouteBuilder api)
    {
        api.MapGet("/agents", ListAsync);
        api.MapGet("/agents/current_status", CurrentStatusAsync);
        api.MapGet("/agents/{id:long}", GetAsync);
        return api;
    }

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
