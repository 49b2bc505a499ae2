using System.Globalization;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using AdminPortal.Web.Api.Errors;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004's live menu reads, from the live queues (<see cref="QueueReports"/>): the queues where someone waits now, and
/// the SLA of the last <c>minutes</c> per menu path and language and per queue group, for calls or chats (<c>channel</c>).
/// </summary>
public static class ManagerQueueEndpoints
{
    private static readonly ScalarParameter Channel = new("channel", typeof(string), Required: true, AllowedValues: ["call", "chat"],
        Description: "call or chat.", Example: "call");

    private static readonly ScalarParameter Minutes = new("minutes", typeof(int), Required: true,
        Description: $"The number of minutes to look back from now (1 to {ServiceLevelQuery.MaxMinutes.ToString(CultureInfo.InvariantCulture)}).", Example: "15");

    public static readonly ManagerParameters SlaParameters = ManagerParameters.None.With(Channel).With(Minutes);

    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("MenusCurrentStatus", "/menus/current_status", "Menus with calls or chats waiting now", ManagerParameters.None, typeof(ManagerMenuQueueStatus), ManagerShape.Array, CurrentStatusAsync)
        {
            Aliases = ["/menu/current_status"],
            Description = "One item per menu, language and channel (comm_type Call or Chat) where someone waits: how many, since when the oldest waits "
                + "and, in seconds, how long the oldest has waited, all of them together and on average. menu_id and menu_path_id are the menu's id.",
        },
        new("MenusSla", "/menus/sla", "SLA per menu path over the last minutes", SlaParameters, typeof(ManagerMenuSla), ManagerShape.Array, MenuSlaAsync)
        {
            Aliases = ["/menu/sla"],
            Description = "Per menu path and language with waits that ended in the window: 100 × answered within the service level ÷ (answered + abandoned), "
                + "one decimal.",
        },
        new("MenusSlaByQueueGroups", "/menus/sla_by_queue_groups", "SLA per queue group over the last minutes", SlaParameters, typeof(ManagerQueueGroupSla), ManagerShape.Array, GroupSlaAsync)
        {
            Aliases = ["/menu/sla_by_queue_groups", "/menu/sla_by_queue_group"],
            Description = "Every queue group, its menus' waits together; sla is null when none of them ended answered or abandoned in the window.",
        },
    ];

    private static async Task<IResult> CurrentStatusAsync(HttpContext http, [FromServices] QueueReports reports, [FromServices] ApiCaller caller)
    {
        ManagerQuery.Parse(http.Request, ManagerParameters.None);
        var queues = await reports.WaitingAsync(caller.Required, http.RequestAborted);
        return DialectJson.Ok(queues.Select(ManagerMenuQueueStatus.From).ToList());
    }

    private static async Task<IResult> MenuSlaAsync(HttpContext http, [FromServices] QueueReports reports, [FromServices] ApiCaller caller)
    {
        var (kind, minutes) = Window(ManagerQuery.Parse(http.Request, SlaParameters));
        var levels = await reports.ByQueueAsync(caller.Required, minutes, kind, http.RequestAborted);
        return DialectJson.Ok(levels.Select(ManagerMenuSla.From).ToList());
    }

    private static async Task<IResult> GroupSlaAsync(HttpContext http, [FromServices] QueueReports reports, [FromServices] ApiCaller caller)
    {
        var (kind, minutes) = Window(ManagerQuery.Parse(http.Request, SlaParameters));
        var levels = await reports.ByQueueGroupAsync(caller.Required, minutes, kind, http.RequestAborted);
        return DialectJson.Ok(levels.Select(ManagerQueueGroupSla.From).ToList());
    }

    private static (ContactKind Kind, int Minutes) Window(ManagerQuery query)
    {
        var minutes = query.Scalar<int>(Minutes.Name);
        if (minutes is < 1 or > ServiceLevelQuery.MaxMinutes)
        {
            throw ApiRequestException.BadRequest(
                string.Create(CultureInfo.InvariantCulture, $"minutes must be a whole number from 1 to {ServiceLevelQuery.MaxMinutes}; '{minutes}' is not."), parameter: Minutes.Name);
        }

        return (query.Scalar<string>(Channel.Name) == "chat" ? ContactKind.Chat : ContactKind.Call, minutes);
    }
}
