using System.Text.RegularExpressions;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.CallQueues;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary>
/// Seed 001 on plain JSON. A call queue is a menu named by its UUID or numeric id; its agents, addressed by extension
/// number, are those answering its main line directly or through its teams (<see cref="CallQueueRoster"/>). The two
/// writes answer 204 No Content, as the seed documents; replacing the agents sets the menu's direct agents on its main
/// line (its teams stay). A state is what a PBX means by it (<see cref="QueueAgentStates"/>).
/// </summary>
public static partial class CallQueueEndpoints
{
    public static IEndpointRouteBuilder MapCallQueueEndpoints(this IEndpointRouteBuilder api)
    {
        var queue = api.MapGroup("/call_queues/{id}/agents");
        queue.MapGet("", ListAsync);
        queue.MapPost("", ReplaceAsync);
        queue.MapGet("/{agent_number}", ReadAsync);
        queue.MapPost("/{agent_number}", SetStatusAsync);
        queue.MapPost("/{agent_number}/status", SetStatusAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(string id, [FromServices] CallQueueRoster roster, [FromServices] ApiCaller caller, CancellationToken cancellationToken)
    {
        var menuId = await roster.ReadableAsync(caller.Required, Queue(id), cancellationToken);
        var agents = await roster.AgentsAsync(caller.Required, menuId, cancellationToken);
        return ApiJson.Ok(new QueueAgentList([.. agents.Select(a => new QueueAgent(a.ExtensionNumber, a.Name, a.SkillLevel))]));
    }

    /// <summary>The assignment service replaces the queue's agents (admins only, one transaction); its item errors point into <c>items</c>.</summary>
    private static async Task<IResult> ReplaceAsync(
        string id, HttpRequest request, [FromServices] CallQueueRoster roster, [FromServices] ApiCaller caller, [FromServices] IAssignmentService assignments)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var menuId = await roster.FindAsync(caller.Required, Queue(id), cancellationToken);
        var body = await ApiJson.ReadAsync<QueueAgentReplacement>(request);
        var items = body.Items ?? throw ApiRequestException.BadRequest("items is required (an array, empty to clear the queue).", "/items");
        var choices = items.Select((item, i) => new QueueAgentChoice(
            ValidExtension((item ?? throw ApiRequestException.BadRequest("Each item must be an object.", $"/items/{i}")).ExtensionNumber, $"/items/{i}/extension_number"),
            item.SkillLevel)).ToList();
        try
        {
            await assignments.ReplaceQueueAgentsAsync(caller.Required, menuId, choices, cancellationToken);
        }
        catch (ValidationFailedException invalid)
        {
            var (member, detail) = invalid.Errors.First();
            throw new ApiRequestException(new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed", detail, $"/items/{member}"));
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> ReadAsync(
        string id, [FromRoute(Name = "agent_number")] string agentNumber, [FromServices] CallQueueRoster roster, [FromServices] ApiCaller caller, CancellationToken cancellationToken)
    {
        var menuId = await roster.ReadableAsync(caller.Required, Queue(id), cancellationToken);
        var agent = await roster.AgentAsync(caller.Required, menuId, ValidExtension(agentNumber, null), cancellationToken);
        return ApiJson.Ok(new QueueAgentWithStatus(agent.ExtensionNumber, agent.Name, agent.SkillLevel, QueueAgentStatus.Name(agent.State)));
    }

    private static async Task<IResult> SetStatusAsync(
        string id,
        [FromRoute(Name = "agent_number")] string agentNumber,
        HttpRequest request,
        [FromServices] CallQueueRoster roster,
        [FromServices] ApiCaller caller,
        [FromServices] IStatusChangeService statuses)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = caller.Required;
        var menuId = await roster.ReadableAsync(actor, Queue(id), cancellationToken);
        var agent = await roster.AgentAsync(actor, menuId, ValidExtension(agentNumber, null), cancellationToken);
        var body = await ApiJson.ReadAsync<QueueAgentStatusChange>(request);
        var state = QueueAgentStatus.Parse(body.Status)
            ?? throw ApiRequestException.BadRequest($"status must be one of: {string.Join(", ", QueueAgentStatus.All)}.", "/status");

        await statuses.ChangeAsync(QueueAgentStates.RequestFor(state, agent.AgentId, actor), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A queue named by UUID or numeric id; anything else names no queue.</summary>
    private static RowRef Queue(string id) =>
        RowRef.TryParse(id, out var reference) ? reference : throw ApiRequestException.NotFound($"{CallQueueRoster.Entity} '{id}' does not exist.");

    private static string ValidExtension(string? value, string? pointer)
    {
        if (value is not null && ExtensionPattern().IsMatch(value))
        {
            return value;
        }

        const string detail = "extension number must be 3 to 64 digits.";
        throw pointer is null ? ApiRequestException.BadRequest(detail, parameter: "agent_number") : ApiRequestException.BadRequest(detail, pointer);
    }

    [GeneratedRegex("^[0-9]{3,64}$")]
    private static partial Regex ExtensionPattern();
}
