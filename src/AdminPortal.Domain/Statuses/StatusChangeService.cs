using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// The status rules of DESIGN.md. Each change runs under the agent's in-process lock (<see cref="AgentStatusLocks"/>) and
/// is guarded across processes by the agent's <see cref="Agent.Version"/> token (retried on conflict).
/// An offline agent choosing a status itself logs in: the interval that opens is a <c>login</c> row carrying the chosen status;
/// so does a change with source system (a phone system signing the agent in).
/// Any change to an offline-category status is a logout (a <c>logout</c> row, whodunnit = who did it); admins and supervisors
/// may always force it, even from a system status. <see cref="StatusSource.System"/> is accepted only from the system or an admin.
/// </summary>
public sealed class StatusChangeService(
    AdminPortalDbContext db,
    AgentStatusLocks locks,
    IStatusFeed feed,
    TimeProvider clock,
    TeamMembership membership) : IStatusChangeService
{
    private const int MaxAttempts = 20;

    public async Task<OperatorStatus> ChangeAsync(StatusChangeCommand command, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(command.ChangedBy);
        EnsureMaySetSource(command.ChangedBy, command.Source);
        var target = await ResolveTargetAsync(command.StatusName, command.Source, cancellationToken);
        var result = await RunAsync(command.AgentId, new Request(Intent.Change, target, command.Source, command.ChangedBy, null), cancellationToken);
        return result.Row ?? throw result.Refusal!;
    }

    public async Task<IReadOnlyList<StatusChangeOutcome>> ChangeManyAsync(BulkStatusChangeCommand command, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(command.ChangedBy);
        var target = await ResolveTargetAsync(command.StatusName, StatusSource.Bulk, cancellationToken);
        var agentIds = await membership.AgentsOfAsync(command.AgentIds, command.TeamIds, cancellationToken);

        var outcomes = new List<StatusChangeOutcome>(agentIds.Count);
        foreach (var agentId in agentIds)
        {
            var result = await RunAsync(agentId, new Request(Intent.Change, target, StatusSource.Bulk, command.ChangedBy, null), cancellationToken);
            outcomes.Add(new StatusChangeOutcome(
                agentId,
                result.Agent.Name,
                result.Agent.Email,
                result.Agent.AgentNumber,
                result.PreviousStatus,
                result.CurrentStatus,
                result.Refusal?.Message));
        }

        return outcomes;
    }

    public async Task<OperatorStatus> LoginAsync(
        Guid agentId,
        SessionOrigin origin,
        StatusSource source,
        string? statusName = null,
        CancellationToken cancellationToken = default)
    {
        var actor = await SelfActorAsync(agentId, cancellationToken);
        var target = statusName is null ? null : await ResolveTargetAsync(statusName, source, cancellationToken);
        if (target?.Category == StatusCategory.Offline)
        {
            throw new RuleViolationException("Signing in needs a status other than Offline.");
        }

        var result = await RunAsync(agentId, new Request(Intent.Login, target, source, actor, origin), cancellationToken);
        return result.Row ?? throw result.Refusal!;
    }

    public async Task<OperatorStatus> LogoutAsync(Guid agentId, StatusSource source, Actor by, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(by);
        EnsureMaySetSource(by, source);
        var result = await RunAsync(agentId, new Request(Intent.Logout, null, source, by, null), cancellationToken);
        return result.Row ?? throw result.Refusal!;
    }

    private async Task<Actor> SelfActorAsync(Guid agentId, CancellationToken cancellationToken)
    {
        if (db.CurrentOrganisationId is not { } organisationId)
        {
            throw new PermissionDeniedException("You can only act within your own organisation.");
        }

        var role = await db.Agents.Where(a => a.Id == agentId).Select(a => (AgentRole?)a.Role).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Agent), agentId);
        return new Actor(organisationId, agentId, role);
    }

    private static void EnsureMaySetSource(Actor actor, StatusSource source)
    {
        if (source == StatusSource.System && !actor.IsSystem && !actor.IsAdmin)
        {
            throw new PermissionDeniedException("Only the system can record a system status change.");
        }
    }

    /// <summary>The status named (case-insensitive, not deleted); refuses unknown names and, unless the system sets it, system statuses.</summary>
    private async Task<UserStatus> ResolveTargetAsync(string statusName, StatusSource source, CancellationToken cancellationToken)
    {
        var wanted = (statusName ?? string.Empty).Trim();
        var lowered = wanted.ToLowerInvariant();
        var status = wanted.Length == 0
            ? null
            : await db.UserStatuses.AsNoTracking()
                .Where(s => !s.Deleted && s.Name.ToLower() == lowered)
                .OrderBy(s => s.BuiltInId == null)
                .ThenBy(s => s.Position)
                .FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            throw new RuleViolationException(StatusMessages.DoesNotExist(statusName ?? string.Empty));
        }

        if (status.System && source != StatusSource.System)
        {
            throw new RuleViolationException(StatusMessages.ToSystemStatus(status.Name));
        }

        return status;
    }

    private async Task<ApplyResult> RunAsync(Guid agentId, Request request, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(agentId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var work = new List<object>();
            try
            {
                var result = await db.InTransactionAsync(() => ApplyAsync(agentId, request, work, cancellationToken), cancellationToken);
                if (result.Change is not null)
                {
                    feed.Publish(result.Change);
                }

                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await ForgetAsync(work, cancellationToken);
            }
            catch
            {
                await ForgetAsync(work, cancellationToken);
                throw;
            }
        }
    }

    /// <summary>Undoes the tracked state of a failed attempt so the next one (or the caller) starts from the database.</summary>
    private async Task ForgetAsync(List<object> work, CancellationToken cancellationToken)
    {
        foreach (var entity in work)
        {
            var entry = db.Entry(entity);
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else if (entry.State != EntityState.Detached)
            {
                await entry.ReloadAsync(cancellationToken);
            }
        }
    }

    private async Task<ApplyResult> ApplyAsync(Guid agentId, Request request, List<object> work, CancellationToken cancellationToken)
    {
        var (agent, current) = await LoadAgentAsync(agentId, cancellationToken);
        work.Add(agent);
        var actor = request.Actor;

        if (!await membership.MayChangeStatusAsync(actor, agent.Id, cancellationToken))
        {
            return ApplyResult.Refused(agent, current, new PermissionDeniedException("You may not change the status of this agent."));
        }

        var self = actor.AgentId == agent.Id;
        var wasOffline = current.Category == StatusCategory.Offline;
        UserStatus target;
        string activity;
        switch (request.Intent)
        {
            case Intent.Logout:
                target = await OfflineStatusAsync(cancellationToken);
                activity = Activities.Logout;
                break;
            case Intent.Login when !wasOffline && (request.Target is null || request.Target.Id == current.Id):
                agent.SessionOrigin = request.Origin ?? agent.SessionOrigin;
                agent.LastLoginTime = clock.UtcNow();
                agent.Version = Guid.NewGuid();
                await db.SaveChangesAsync(cancellationToken);
                return ApplyResult.Unchanged(agent, current, await LatestRowAsync(agent, current, request, cancellationToken));
            case Intent.Login when !wasOffline:
                if (current.System && request.Source != StatusSource.System)
                {
                    return ApplyResult.Refused(agent, current, new RuleViolationException(StatusMessages.FromSystemStatus(current.Name)));
                }

                target = request.Target!;
                activity = Activities.UserStatusChanged;
                break;
            case Intent.Login:
                target = request.Target ?? await AvailableStatusAsync(cancellationToken);
                activity = Activities.Login;
                break;
            default:
                target = request.Target!;
                if (target.Category == StatusCategory.Offline)
                {
                    activity = Activities.Logout;
                }
                else if (wasOffline)
                {
                    if (!self && request.Source != StatusSource.System)
                    {
                        return ApplyResult.Refused(agent, current, new RuleViolationException(StatusMessages.OfflineOrLoggedOut));
                    }

                    activity = Activities.Login;
                }
                else if (current.System && request.Source != StatusSource.System)
                {
                    return ApplyResult.Refused(agent, current, new RuleViolationException(StatusMessages.FromSystemStatus(current.Name)));
                }
                else
                {
                    activity = Activities.UserStatusChanged;
                }

                break;
        }

        var open = await db.AgentActivityLogs
            .Where(l => l.AgentId == agent.Id && l.EndedAt == null)
            .OrderByDescending(l => l.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow();
        if (open is not null && now <= open.StartedAt)
        {
            now = open.StartedAt.AsUtc().AddTicks(10);
        }

        if (open is not null)
        {
            work.Add(open);
            open.EndedAt = now;
            open.Duration = (now - open.StartedAt.AsUtc()).TotalSeconds;
        }

        var next = new AgentActivityLog
        {
            OrganisationId = agent.OrganisationId,
            AgentId = agent.Id,
            Activity = activity,
            StartedAt = now,
            StatusId = target.Id,
            WhodunnitId = actor.AgentId,
        };
        var row = new OperatorStatus
        {
            OrganisationId = agent.OrganisationId,
            SipUserId = agent.Id,
            Status = target.Name,
            UserStatusId = target.Id,
            Source = request.Source,
            ChangedByUserId = actor.AgentId,
            CreatedAt = now,
        };
        work.Add(next);
        work.Add(row);
        db.AgentActivityLogs.Add(next);
        db.OperatorStatuses.Add(row);

        agent.StatusId = target.Id;
        agent.StatusUpdatedAt = now;
        agent.Version = Guid.NewGuid();
        if (activity == Activities.Login)
        {
            agent.LastLoginTime = now;
            agent.SessionOrigin = request.Origin ?? (request.Source == StatusSource.Widget ? SessionOrigin.Widget : SessionOrigin.Api);
        }
        else if (activity == Activities.Logout)
        {
            agent.SessionOrigin = SessionOrigin.None;
        }
        else if (request.Origin is { } origin)
        {
            agent.SessionOrigin = origin;
            agent.LastLoginTime = now;
        }

        await db.SaveChangesAsync(cancellationToken);

        var change = new AgentStatusChanged(
            agent.OrganisationId, agent.Id, agent.Name, target.Id, target.Name, target.Color, target.Category, request.Source, now);
        return new ApplyResult(agent, current.Name, target.Name, row, null, change);
    }

    private async Task<(Agent Agent, UserStatus Current)> LoadAgentAsync(Guid agentId, CancellationToken cancellationToken)
    {
        if (db is PostgresAdminPortalDbContext)
        {
            // other processes wait here instead of failing on the version token
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM agents WHERE id = {agentId} FOR UPDATE", cancellationToken);
        }

        if (db.ChangeTracker.Entries<Agent>().FirstOrDefault(e => e.Entity.Id == agentId) is { } tracked)
        {
            await tracked.ReloadAsync(cancellationToken);
            if (tracked.State == EntityState.Detached)
            {
                throw new EntityNotFoundException(nameof(Agent), agentId);
            }
        }

        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Agent), agentId);
        var current = await db.UserStatuses.AsNoTracking().FirstAsync(s => s.Id == agent.StatusId, cancellationToken);
        return (agent, current);
    }

    private async Task<OperatorStatus> LatestRowAsync(Agent agent, UserStatus current, Request request, CancellationToken cancellationToken)
    {
        var latest = await db.OperatorStatuses.AsNoTracking()
            .Where(s => s.SipUserId == agent.Id)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return latest ?? new OperatorStatus
        {
            OrganisationId = agent.OrganisationId,
            SipUserId = agent.Id,
            Status = current.Name,
            UserStatusId = current.Id,
            Source = request.Source,
            ChangedByUserId = request.Actor.AgentId,
            CreatedAt = agent.StatusUpdatedAt,
        };
    }

    private async Task<UserStatus> OfflineStatusAsync(CancellationToken cancellationToken) =>
        await db.UserStatuses.AsNoTracking()
            .Where(s => !s.Deleted && s.Category == StatusCategory.Offline)
            .OrderBy(s => s.BuiltInId != BuiltInStatuses.Offline.BuiltInId)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new RuleViolationException(StatusMessages.DoesNotExist(BuiltInStatuses.Offline.Name));

    private async Task<UserStatus> AvailableStatusAsync(CancellationToken cancellationToken) =>
        await db.UserStatuses.AsNoTracking()
            .Where(s => !s.Deleted && s.Category == StatusCategory.Available)
            .OrderBy(s => s.BuiltInId != BuiltInStatuses.Available.BuiltInId)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new RuleViolationException(StatusMessages.DoesNotExist(BuiltInStatuses.Available.Name));

    private enum Intent
    {
        Change,
        Login,
        Logout,
    }

    private sealed record Request(Intent Intent, UserStatus? Target, StatusSource Source, Actor Actor, SessionOrigin? Origin);

    private sealed record ApplyResult(
        Agent Agent,
        string PreviousStatus,
        string CurrentStatus,
        OperatorStatus? Row,
        DomainException? Refusal,
        AgentStatusChanged? Change)
    {
        public static ApplyResult Refused(Agent agent, UserStatus current, DomainException refusal) =>
            new(agent, current.Name, current.Name, null, refusal, null);

        public static ApplyResult Unchanged(Agent agent, UserStatus current, OperatorStatus row) =>
            new(agent, current.Name, current.Name, row, null, null);
    }
}
