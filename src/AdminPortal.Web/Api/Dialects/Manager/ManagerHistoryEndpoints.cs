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

    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("ListUserStatuses", "/user_statuses", "List user statuses", StatusParameters, typeof(ManagerStatus), ManagerShape.Page, StatusesAsync)
        {
            Description = "Built-in statuses keep seed 004's ids (Available 0 … Offline -10); custom ones count up from 1. In the organisation's order.",
        },
        new("ListAgentActivityLogs", "/agent_activity_logs", "List agent activity logs", ActivityParameters, typeof(ManagerActivity), ManagerShape.Page, ActivityAsync)
        {
            Description = "Oldest first unless sorted; an open interval has ended_at null and duration 0.",
        },
    ];

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
