using System.Text.RegularExpressions;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Json;
using AdminPortal.Web.Api.Statuses;
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
    public const string Lang = "en";
    public const string Channel = "voice_call";
    public const string Level = "primary";
    public const int MaxSkillLevel = 100;

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
            [.. rows.Select(r => new QueueAgent(r.ExtensionNumber, Agent.FullName(r.FirstName, r.MiddleName, r.LastName), r.SkillLevel))]));
    }

    /// <summary>Replaces the queue's agents in one SaveChanges (one transaction); admins only, like every assignment write.</summary>
    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, [FromServices] AdminPortalDbContext db, [FromServices] ApiCaller caller)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = caller.Required;
        if (!actor.IsAdmin)
        {
            throw new PermissionDeniedException("Only admins change queue assignments.");
        }

        var menuId = await QueueIdAsync(db, id, actor, cancellationToken);
        var body = await ApiJson.ReadAsync<QueueAgentReplacement>(request);

        var wanted = await ResolveItemsAsync(db, body, cancellationToken);
        var existing = await QueueAssignments(db, menuId, actor).ToListAsync(cancellationToken);
        db.AgentAssignments.RemoveRange(existing.Where(a => !wanted.ContainsKey(a.AgentId)));
        foreach (var (agentId, skillLevel) in wanted)
        {
            if (existing.FirstOrDefault(a => a.AgentId == agentId) is { } assignment)
            {
                assignment.SkillLevel = skillLevel;
                assignment.QueueLevel = Level;
            }
            else
            {
                db.AgentAssignments.Add(new AgentAssignment
                {
                    OrganisationId = actor.OrganisationId,
                    MenuId = menuId,
                    AgentId = agentId,
                    Lang = Lang,
                    ChannelType = Channel,
                    QueueLevel = Level,
                    SkillLevel = skillLevel,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
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
        string id, [FromRoute(Name = "agent_number")] string agentNumber, HttpRequest request, [FromServices] AdminPortalDbContext db, [FromServices] ApiCaller caller, [FromServices] StatusMoves moves)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = caller.Required;
        var menuId = await QueueIdAsync(db, id, actor, cancellationToken);
        var agentId = (await QueueAssignmentAsync(db, menuId, agentNumber, actor, cancellationToken)).AgentId;
        var body = await ApiJson.ReadAsync<QueueAgentStatusChange>(request);
        var state = body.Status?.Trim().ToUpperInvariant();
        if (state is null || !QueueAgentStatus.All.Contains(state))
        {
            throw ApiRequestException.BadRequest($"status must be one of: {string.Join(", ", QueueAgentStatus.All)}.", "/status");
        }

        switch (state)
        {
            case QueueAgentStatus.LoggedIn:
                await moves.LoginAsync(agentId, StatusSource.Api, cancellationToken);
                break;
            case QueueAgentStatus.LoggedOut:
                await moves.MoveAsync(agentId, BuiltInNames.Offline, StatusSource.Api, cancellationToken);
                break;
            default:
                var builtInId = QueueAgentStatus.TargetBuiltInId(state);
                var statusName = await db.UserStatuses.AsNoTracking().Where(s => s.BuiltInId == builtInId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new RuleViolationException(Domain.Statuses.StatusMessages.DoesNotExist(state));
                await moves.MoveAsync(agentId, statusName, StatusSource.Api, cancellationToken);
                break;
        }

        db.ChangeTracker.Clear();
        return ApiJson.Ok(await QueueAgentAsync(db, menuId, agentNumber, actor, cancellationToken));
    }

    private static async Task<Dictionary<Guid, int>> ResolveItemsAsync(AdminPortalDbContext db, QueueAgentReplacement body, CancellationToken cancellationToken)
    {
        if (body.Items is null)
        {
            throw ApiRequestException.BadRequest("items is required (an array, empty to clear the queue).", "/items");
        }

        var wanted = new Dictionary<Guid, int>();
        for (var i = 0; i < body.Items.Count; i++)
        {
            var item = body.Items[i] ?? throw ApiRequestException.BadRequest("Each item must be an object.", $"/items/{i}");
            var extension = ValidExtension(item.ExtensionNumber, $"/items/{i}/extension_number");
            var skillLevel = item.SkillLevel ?? 1;
            if (skillLevel is < 1 or > MaxSkillLevel)
            {
                throw Unprocessable($"skill_level must be between 1 and {MaxSkillLevel}.", $"/items/{i}/skill_level");
            }

            var agents = await db.Agents.AsNoTracking().Where(a => a.ExtensionNumber == extension).Select(a => a.Id).Take(2).ToListAsync(cancellationToken);
            var agentId = agents switch
            {
                [var only] => only,
                [] => throw Unprocessable($"No agent has extension number '{extension}'.", $"/items/{i}/extension_number"),
                _ => throw Unprocessable($"Extension number '{extension}' belongs to several agents.", $"/items/{i}/extension_number"),
            };
            if (!wanted.TryAdd(agentId, skillLevel))
            {
                throw Unprocessable($"Extension number '{extension}' is listed twice.", $"/items/{i}/extension_number");
            }
        }

        return wanted;
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
        var assignments = db.AgentAssignments.Where(a => a.MenuId == menuId && a.Lang == Lang && a.ChannelType == Channel);
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

        throw ApiRequestException.NotFound($"Call queue '{id}' does not exist.");
    }

    private static string ValidExtension(string? value, string? pointer)
    {
        if (value is not null && ExtensionPattern().IsMatch(value))
        {
            return value;
        }

        const string detail = "extension number must be 3 to 64 digits.";
        throw pointer is null ? ApiRequestException.BadRequest(detail, parameter: "agent_number") : ApiRequestException.BadRequest(detail, pointer);
    }

    private static ApiRequestException Unprocessable(string detail, string pointer) =>
        new(new ApiError(StatusCodes.Status422UnprocessableEntity, "Validation failed", detail, pointer));

    [GeneratedRegex("^[0-9]{3,64}$")]
    private static partial Regex ExtensionPattern();
}
