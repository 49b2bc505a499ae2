using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's user statuses and agent activity logs.</summary>
public static class ManagerHistoryEndpoints
{
    public static readonly ManagerParameters StatusParameters = ManagerParameters.List(StatusDirectory.Fields);
    public static readonly ManagerParameters ActivityParameters = ManagerParameters.List(ActivityLogDirectory.Fields);

    public static IEndpointRouteBuilder MapManagerHistory(this IEndpointRouteBuilder api)
    {
        api.MapGet("/user_statuses", StatusesAsync);
        api.MapGet("/agent_activity_logs", ActivityAsync);
        return api;
    }

    private static async Task<IResult> StatusesAsync(HttpContext http, [FromServices] StatusDirectory statuses, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, StatusParameters).List;
        var page = await statuses.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerStatus.From);
    }

    private static async Task<IResult> ActivityAsync(HttpContext http, [FromServices] ActivityLogDirectory activity, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ActivityParameters).List;
        var page = await activity.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerActivity.From);
    }
}
