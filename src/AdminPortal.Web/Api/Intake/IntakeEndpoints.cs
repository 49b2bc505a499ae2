using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using JsonApi.Errors;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// The intake of the phone and chat systems: <c>POST /api/intake/calls/{id}/events</c> and <c>…/chats/{id}/events</c>,
/// <c>{id}</c> being the system's own id of the call or chat. Translates the body into an <see cref="IntakeEvent"/> for
/// <see cref="IContactIntake"/> and its result back; an organisation credential (Basic) or an admin's token may report.
/// Refusals are JSON:API error documents: 409 when the event does not fit the contact, 422 (with the member's pointer)
/// for bad values, 404 for an unknown menu or agent. Described in the OpenAPI document by <see cref="IntakeOpenApi"/>.
/// </summary>
public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/intake/calls/{id}/events", (string id, HttpRequest request) => RecordAsync(ContactKind.Call, id, request));
        api.MapPost("/intake/chats/{id}/events", (string id, HttpRequest request) => RecordAsync(ContactKind.Chat, id, request));
        return api;
    }

    private static async Task<IResult> RecordAsync(ContactKind kind, string id, HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        var cancellationToken = request.HttpContext.RequestAborted;
        var body = await ApiJson.ReadAsync<IntakeEventBody>(request);
        if (!ContactEventTypes.TryParse(body.Type, out var type))
        {
            return Invalid(new Dictionary<string, string> { ["type"] = $"type must be one of: {string.Join(", ", ContactEventTypes.Names)}." });
        }

        var ids = services.GetRequiredService<IntakeIds>();
        var intakeEvent = new IntakeEvent(kind, id, type)
        {
            OccurredAt = body.OccurredAt,
            EventId = body.EventId,
            MenuId = await ids.MenuAsync(body.MenuId, "menu_id", cancellationToken),
            Lang = body.Lang,
            AgentId = await ids.AgentAsync(body.AgentId, "agent_id", cancellationToken),
            ToMenuId = await ids.MenuAsync(body.ToMenuId, "to_menu_id", cancellationToken),
            ToAgentId = await ids.AgentAsync(body.ToAgentId, "to_agent_id", cancellationToken),
            ContactType = kind == ContactKind.Call ? body.CallType : body.ChatType,
            EndUser = body.EndUser is { } user ? new EndUser(IntakeIds.Text(user.Id), user.Identifier, user.OutContactId) : null,
            SupportNumber = body.SupportNumber,
            FailReason = body.FailReason,
            DisconnectedBy = body.DisconnectedBy,
            Sender = body.Sender,
            Group = body.Group,
            Code = body.Code,
            Rating = IntakeIds.Rating(body.Rating),
            Feedback = body.Feedback,
        };
        try
        {
            var result = await services.GetRequiredService<IContactIntake>().RecordAsync(services.GetRequiredService<ApiCaller>().Required, intakeEvent, cancellationToken);
            return ApiJson.Ok(IntakeEventResponse.From(result));
        }
        catch (ValidationFailedException invalid)
        {
            return Invalid(invalid.Errors);
        }
    }

    /// <summary>422 with one error per member, pointing into the plain JSON body (<c>/menu_id</c>).</summary>
    private static IResult Invalid(IReadOnlyDictionary<string, string> errors)
    {
        var objects = errors.Select(e => ApiExceptionMapper.ToErrorObject(
            new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed", e.Value, $"/{e.Key}"))).ToList();
        return new ErrorsResult(objects);
    }

    private sealed class ErrorsResult(IReadOnlyList<ErrorObject> errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            httpContext.RequestServices.GetRequiredService<JsonApiErrorWriter>().WriteAsync(httpContext, errors);
    }
}
