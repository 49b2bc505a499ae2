using System.Text.RegularExpressions;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary>
/// Seed 001 on plain JSON. A call queue is a menu; its agents are the menu's direct assignments on the
/// English voice-call line (replacing them writes queue level primary). Agents are addressed by extension number.
/// An agent token reads only the queues it answers and, in them, only itself.
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

    private static async Task<IResult> ListAsync(string id, [FromServices] AdminPortalDbContext db, [FromServices] ApiCaller caller, CancellationToken cancellationToken)
    {
        var actor = caller.Required;
        var menuId = await QueueIdAsync(db, id, actor, cancellationToken);
        var rows = await QueueAssignments(db, menuId, actor)
            .OrderBy(a => a.Agent!.ExtensionNumber).ThenBy(a => a.Agent!.LastName)
            .Select(a => new { a.Agent!.ExtensionNumber, a.Agent.FirstName, a.Agent.MiddleName, a.Agent.LastName, a.SkillLevel })
            .ToListAsync(cancellationToken);
        return ApiJson.Ok(new QueueAgentList(
            [.. rows.Select(r => new QueueAgent(r.ExtensionNumber, AgentName.Of(r.FirstName, r.MiddleName, r.LastName), r.SkillLevel))]));
    }

    /// <summary>The assignment service replaces the queue's agents (admins only, one transaction); its item errors point into <c>items</c>.</summary>
    private static async Task<IResult> ReplaceAsync(
        string id, HttpRequest request, [FromServices] AdminPortalDbContext db, [FromServices] ApiCaller caller, [FromServices] IAssignmentService assignments)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = caller.Required;
        var menuId = Guid.TryParse(id, out var parsed) ? parsed : throw QueueNotFound(id);
        var body = await ApiJson.ReadAsync<QueueAgentReplacement>(request);
        var items = body.Items ?? throw ApiRequestException.BadRequest("items is required (an array, empty to clear the queue).", "/items");
        var choices = items.Select((item, i) => new QueueAgentChoice(
            ValidExtension((item ?? throw ApiRequestException.BadRequest("Each item must be an object.", $"/items/{i}")).ExtensionNumber, $"/items/{i}/extension_number"),
            item.SkillLevel)).ToList();
        try
        {
            await assignments.ReplaceQueueAgentsAsync(actor, menuId, choices, cancellationToken);
        }
        catch (ValidationFailedException invalid)
        {
            var (member, detail) = invalid.Errors.First();
            throw new ApiRequestException(new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed", detail, $"/items/{member}"));
        }

        db.ChangeTracker.Clear();
        return await ListAsync(id, db, caller, cancellationToken);
    }

    private static async Task<IResult> ReadAsync(
        string id, [FromRoute(Name = "agent_number")] string agentNumber, [FromServices] AdminPortalDbContext db, [FromServices] ApiCaller caller, CancellationToken cancellationToken)
    {
        var actor = caller.Required;
        var menuId = await QueueIdAsync(db, id, actor, cancellationToken);
        return ApiJson.Ok(await QueueAgentAsync(db, menuId, agentNumber, actor, cancellationToken));
    }

    private static async Task<IResult> SetStatusAsync(
        string id,
        [FromRoute(Name = "agent_number")] string agentNumber,
        HttpRequest request,
        [FromServices] AdminPortalDbContext db,
        [FromServices] ApiCaller caller,
        [FromServices] IStatusChangeService statuses)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = caller.Required;
        var menuId = await QueueIdAsync(db, id, actor, cancellationToken);
        var agentId = (await QueueAssignmentAsync(db, menuId, agentNumber, actor, cancellationToken)).AgentId;
        var body = await ApiJson.ReadAsync<QueueAgentStatusChange>(request);
        var target = QueueAgentStatus.TargetOf(body.Status)
            ?? throw ApiRequestException.BadRequest($"status must be one of: {string.Join(", ", QueueAgentStatus.All)}.", "/status");

        await statuses.ChangeAsync(new StatusRequest(agentId, target, StatusSource.Api, actor), cancellationToken);

        db.ChangeTracker.Clear();
        return ApiJson.Ok(await QueueAgentAsync(db, menuId, agentNumber, actor, cancellationToken));
    }

    private static async Task<QueueAgentWithStatus> QueueAgentAsync(AdminPortalDbContext db, Guid menuId, string agentNumber, Actor actor, CancellationToken cancellationToken)
    {
        var assignment = await QueueAssignmentAsync(db, menuId, agentNumber, actor, cancellationToken);
        var agent = assignment.Agent!;
        return new QueueAgentWithStatus(agent.ExtensionNumber, agent.Name, assignment.SkillLevel, QueueAgentStatus.Of(agent.Status!));
    }

    private static async Task<AgentAssignment> QueueAssignmentAsync(AdminPortalDbContext db, Guid menuId, string agentNumber, Actor actor, CancellationToken cancellationToken)
    {
        var extension = ValidExtension(agentNumber, null);
        return await QueueAssignments(db, menuId, actor).AsNoTracking()
            .Include(a => a.Agent!).ThenInclude(a => a.Status)
            .Where(a => a.Agent!.ExtensionNumber == extension)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw ApiRequestException.NotFound($"No agent with extension number '{extension}' is in this call queue.");
    }

    /// <summary>The queue's agents; an agent sees only its own place in a queue (it reads no other agent).</summary>
    private static IQueryable<AgentAssignment> QueueAssignments(AdminPortalDbContext db, Guid menuId, Actor actor)
    {
        var assignments = db.AgentAssignments.Where(a =>
            a.MenuId == menuId && a.Lang == QueueValues.DefaultLang && a.ChannelType == QueueValues.DefaultChannelType && a.Agent!.DeactivatedAt == null);
        if (actor.Role != AgentRole.Agent)
        {
            return assignments;
        }

        var me = actor.AgentId;
        return assignments.Where(a => a.AgentId == me);
    }

    /// <summary>The queue's id; for an agent only a queue it answers, directly or through one of its teams (as for <c>/api/menus</c>).</summary>
    private static async Task<Guid> QueueIdAsync(AdminPortalDbContext db, string id, Actor actor, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(id, out var menuId))
        {
            var menus = db.Menus.Where(m => m.Id == menuId && !m.Deleted);
            if (actor.Role == AgentRole.Agent)
            {
                var me = actor.AgentId;
                menus = menus.Where(m => m.AgentAssignments.Any(a => a.AgentId == me)
                    || m.TeamAssignments.Any(t => !t.Team!.Deleted && t.Team.Agents.Any(a => a.Id == me)));
            }

            if (await menus.AnyAsync(cancellationToken))
            {
                return menuId;
            }
        }

        throw QueueNotFound(id);
    }

    private static ApiRequestException QueueNotFound(string id) => ApiRequestException.NotFound($"Call queue '{id}' does not exist.");

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
