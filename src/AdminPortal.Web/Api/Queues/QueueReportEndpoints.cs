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
/// <c>/api/queues/group_service_levels</c> (GroupServiceLevel). Admins and supervisors read them. Described in the OpenAPI
/// document by <see cref="QueueReportOpenApi"/>.
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
        return Document(rows.Select(s => Resource("QueueStatus", KeyOf(s.Menu, s.Key), new QueueStatusAttributes(
            s.Menu.NumericId,
            s.Menu.Name,
            s.Menu.Path,
            s.Key.Lang,
            ChannelName(s.Key.Kind),
            s.InQueue,
            s.OldestQueuedAt,
            ContactRows.Whole(s.OldestWaitSeconds),
            ContactRows.Whole(s.TotalWaitSeconds),
            ContactRows.Whole(s.AverageWaitSeconds),
            s.Agents.Available,
            s.Agents.OnCall,
            s.Agents.Busy,
            s.Agents.Away,
            s.Menu.ServiceLevel.Seconds,
            s.Menu.ServiceLevel.TargetPercent), MenuLink(s.Menu))));
    }

    private static async Task<IResult> ServiceLevelsAsync(HttpRequest request, ApiCaller caller, ServiceLevelQuery query)
    {
        EnsureReader(caller);
        var minutes = Minutes(request);
        var rows = await query.ByQueueAsync(minutes, Channel(request), request.HttpContext.RequestAborted);
        return Document(rows.Select(s => Resource("QueueServiceLevel", KeyOf(s.Menu, s.Key), new QueueServiceLevelAttributes(
            s.Menu.NumericId,
            s.Menu.Path,
            s.Key.Lang,
            ChannelName(s.Key.Kind),
            minutes,
            s.Answered,
            s.Abandoned,
            s.WithinServiceLevel,
            s.Percent,
            s.Menu.ServiceLevel.Seconds,
            s.Menu.ServiceLevel.TargetPercent), MenuLink(s.Menu))));
    }

    private static async Task<IResult> GroupServiceLevelsAsync(HttpRequest request, ApiCaller caller, ServiceLevelQuery query)
    {
        EnsureReader(caller);
        var minutes = Minutes(request);
        var rows = await query.ByQueueGroupAsync(minutes, Channel(request), request.HttpContext.RequestAborted);
        return Document(rows.Select(g => Resource("GroupServiceLevel", g.Id.ToString(), new GroupServiceLevelAttributes(
            g.NumericId,
            g.Name,
            minutes,
            g.Answered,
            g.Abandoned,
            g.WithinServiceLevel,
            g.Percent,
            g.ServiceLevelSeconds,
            g.TargetPercent), Link("queue_group", "QueueGroup", g.Id))));
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

    private static Dictionary<string, QueueReportLink> MenuLink(QueueMenu menu) => Link("menu", "Menu", menu.Id);

    private static Dictionary<string, QueueReportLink> Link(string name, string type, Guid id) =>
        new() { [name] = new QueueReportLink(new QueueReportIdentifier(type, id.ToString())) };

    private static QueueReportResource<T> Resource<T>(string type, string id, T attributes, IReadOnlyDictionary<string, QueueReportLink> relationships) =>
        new(type, id, attributes, relationships);

    private static IResult Document<T>(IEnumerable<QueueReportResource<T>> data) =>
        TypedResults.Json(new QueueReportDocument<T>([.. data]), ApiJson.Options, MediaType);
}
