using System.Globalization;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Intake;
using AdminPortal.Web.Api.Json;

namespace AdminPortal.Web.Api.Queues;

/// <summary>
/// Queue status and service level on the JSON:API's media type, as read-only resource collections beside the resources:
/// <c>GET /api/queues/status</c> (QueueStatus), <c>/api/queues/service_levels</c> (QueueServiceLevel) and
/// <c>/api/queues/group_service_levels</c> (GroupServiceLevel). Admins and supervisors read them. Documented in the
/// intake's OpenAPI document.
/// </summary>
public static class QueueReportEndpoints
{
    public const string MediaType = "application/vnd.api+json";

    public static IEndpointRouteBuilder MapQueueReportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/queues/status", StatusAsync);
        api.MapGet("/queues/service_levels", ServiceLevelsAsync);
        api.MapGet("/queues/group_service_levels", GroupServiceLevelsAsync);
        return api;
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, ApiCaller caller, QueueStatusQuery query, IntakeIds ids)
    {
        EnsureReader(caller);
        var cancellationToken = request.HttpContext.RequestAborted;
        var filter = new QueueFilter(
            Channel(request),
            await ids.MenuAsync(Id(request, "menu"), "menu", cancellationToken),
            await TeamAsync(request, ids, cancellationToken),
            Flag(request, "staffed"));
        var rows = await query.CurrentAsync(filter, cancellationToken);
        return Document(rows.Select(s => new
        {
            type = "QueueStatus",
            id = KeyOf(s.Menu, s.Key),
            attributes = new
            {
                menu_numeric_id = s.Menu.NumericId,
                menu_name = s.Menu.Name,
                menu_path = s.Menu.Path,
                lang = s.Key.Lang,
                channel = ChannelName(s.Key.Kind),
                in_queue_count = s.InQueue,
                oldest_in_queue = s.OldestQueuedAt,
                oldest_duration_in_queue = ContactRows.Whole(s.OldestWaitSeconds),
                total_queue_duration = ContactRows.Whole(s.TotalWaitSeconds),
                average_queue_duration = ContactRows.Whole(s.AverageWaitSeconds),
                agents_available = s.Agents.Available,
                agents_on_call = s.Agents.OnCall,
                agents_busy = s.Agents.Busy,
                agents_away = s.Agents.Away,
                service_level_seconds = s.Menu.ServiceLevel.Seconds,
                service_level_target_percent = s.Menu.ServiceLevel.TargetPercent,
            },
            relationships = MenuLink(s.Menu),
        }));
    }

    private static async Task<IResult> ServiceLevelsAsync(HttpRequest request, ApiCaller caller, ServiceLevelQuery query)
    {
        EnsureReader(caller);
        var minutes = Minutes(request);
        var rows = await query.ByQueueAsync(minutes, Channel(request), request.HttpContext.RequestAborted);
        return Document(rows.Select(s => new
        {
            type = "QueueServiceLevel",
            id = KeyOf(s.Menu, s.Key),
            attributes = new
            {
                menu_numeric_id = s.Menu.NumericId,
                menu_path = s.Menu.Path,
                lang = s.Key.Lang,
                channel = ChannelName(s.Key.Kind),
                minutes,
                answered = s.Answered,
                abandoned = s.Abandoned,
                answered_within_service_level = s.WithinServiceLevel,
                sla = s.Percent,
                service_level_seconds = s.Menu.ServiceLevel.Seconds,
                service_level_target_percent = s.Menu.ServiceLevel.TargetPercent,
            },
            relationships = MenuLink(s.Menu),
        }));
    }

    private static async Task<IResult> GroupServiceLevelsAsync(HttpRequest request, ApiCaller caller, ServiceLevelQuery query)
    {
        EnsureReader(caller);
        var minutes = Minutes(request);
        var rows = await query.ByQueueGroupAsync(minutes, Channel(request), request.HttpContext.RequestAborted);
        return Document(rows.Select(g => new
        {
            type = "GroupServiceLevel",
            id = g.Id.ToString(),
            attributes = new
            {
                queue_group_numeric_id = g.NumericId,
                queue_group_name = g.Name,
                minutes,
                answered = g.Answered,
                abandoned = g.Abandoned,
                answered_within_service_level = g.WithinServiceLevel,
                sla = g.Percent,
                service_level_seconds = g.ServiceLevelSeconds,
                service_level_target_percent = g.TargetPercent,
            },
            relationships = new { queue_group = new { data = new { type = "QueueGroup", id = g.Id.ToString() } } },
        }));
    }

    private static void EnsureReader(ApiCaller caller)
    {
        if (!caller.Required.IsSupervisorOrAdmin)
        {
            throw new PermissionDeniedException("Only admins and supervisors read queue status and service level.");
        }
    }

    private static ContactKind? Channel(HttpRequest request) => request.Query["channel"].ToString() switch
    {
        "" => null,
        "call" => ContactKind.Call,
        "chat" => ContactKind.Chat,
        var other => throw ApiRequestException.BadRequest($"channel must be call or chat, not '{other}'.", parameter: "channel"),
    };

    private static int Minutes(HttpRequest request) =>
        int.TryParse(request.Query["minutes"], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= ServiceLevelQuery.MaxMinutes
            ? minutes
            : throw ApiRequestException.BadRequest($"minutes must be a whole number from 1 to {ServiceLevelQuery.MaxMinutes}.", parameter: "minutes");

    private static bool Flag(HttpRequest request, string name) => request.Query[name].ToString() switch
    {
        "" or "false" => false,
        "true" => true,
        var other => throw ApiRequestException.BadRequest($"{name} must be true or false, not '{other}'.", parameter: name),
    };

    private static System.Text.Json.JsonElement? Id(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } text ? System.Text.Json.JsonSerializer.SerializeToElement(text) : null;

    private static async Task<Guid?> TeamAsync(HttpRequest request, IntakeIds ids, CancellationToken cancellationToken) =>
        await ids.TeamAsync(Id(request, "team"), "team", cancellationToken);

    private static string ChannelName(ContactKind kind) => kind == ContactKind.Call ? "call" : "chat";

    private static string KeyOf(QueueMenu menu, QueueKey key) => $"{menu.NumericId}-{key.Lang}-{ChannelName(key.Kind)}";

    private static object MenuLink(QueueMenu menu) => new { menu = new { data = new { type = "Menu", id = menu.Id.ToString() } } };

    private static IResult Document<T>(IEnumerable<T> data) => TypedResults.Json(new { data = data.ToList() }, ApiJson.Options, MediaType);
}
