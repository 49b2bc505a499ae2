using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// What the rules look at besides the request: the agent's status now, the organisation's statuses, whether the actor
/// supervises the agent, the agent's next status (<see cref="Next"/>) and the call or chat its current status belongs to
/// (<see cref="OnItem"/>, from its open activity interval).
/// </summary>
public sealed record AgentStatusState(UserStatus Current, StatusCatalog Statuses, bool ActorSupervisesAgent)
{
    public UserStatus? Next { get; init; }

    public WorkItem? OnItem { get; init; }

    /// <summary>On a call or chat: In-call or In-chat for a real item (not a status left over without one).</summary>
    public bool Working => OnItem is not null && Is(Current, BuiltInStatuses.InCall, BuiltInStatuses.InChat);

    public static bool Is(UserStatus status, params BuiltInStatus[] builtIns) => builtIns.Any(b => b.BuiltInId == status.BuiltInId);
}

/// <summary>The target and the source to record once a request is admitted, or why it is not.</summary>
public sealed record StatusAdmission(UserStatus? Target, StatusSource Source, StatusRefusal? Refusal);

/// <summary>
/// The status rules of DESIGN.md as one pure decision table; every adapter's request passes through it. In order:
/// the source (system only for the system and admins; an agent records widget or api, its own bulk change as api),
/// the target (unknown → <c>status 'X' does not exist</c>; a system status only from the system), the reach (the system
/// and admins: everyone; supervisors: agents of their teams; everyone: itself), then the agent's state: any offline
/// target is a logout, even from a system status; an offline agent moves only itself (a login) or by the system; an agent
/// in a system status moves only by the system. Log in and log out do nothing when the agent already is there.
/// The agent's own pick made to wait (<see cref="StatusRequest.QueueWhileWorking"/>) becomes its next status while it is
/// on a call or chat, and ends Wrap-up or Missed Call otherwise. Steps of work (<see cref="StatusRequest.Work"/>) follow
/// <see cref="WorkTransition"/>.
/// </summary>
public static class StatusTransition
{
    public static StatusDecision Decide(AgentStatusState current, StatusRequest request)
    {
        var admission = Admit(current.Statuses, request);
        if (admission.Refusal is { } refused)
        {
            return refused;
        }

        if (!Reaches(request.Actor, request.AgentId, current.ActorSupervisesAgent))
        {
            return StatusRefusal.Permission(StatusMessages.NotInReach);
        }

        if (request.Work is { } step)
        {
            return WorkTransition.Decide(current, step);
        }

        var target = request.Target.Kind == StatusTargetKind.AfterWork ? current.Next ?? admission.Target! : admission.Target!;
        return Move(current, target, admission.Source, request);
    }

    /// <summary>The part of <see cref="Decide"/> that needs no agent: a bulk change refuses the whole request on it.</summary>
    public static StatusAdmission Admit(StatusCatalog statuses, StatusRequest request)
    {
        var actor = request.Actor;
        var source = request.InBulk ? (actor.Role == AgentRole.Agent ? StatusSource.Api : StatusSource.Bulk) : request.Source;
        if (source == StatusSource.System && !actor.IsSystem && !actor.IsAdmin)
        {
            return new(null, source, StatusRefusal.Permission(StatusMessages.SystemSourceOnly));
        }

        if (request.Work is not null && source != StatusSource.System)
        {
            return new(null, source, StatusRefusal.Permission(StatusMessages.WorkBySystemOnly));
        }

        if (actor.Role == AgentRole.Agent && source is not (StatusSource.Widget or StatusSource.Api))
        {
            return new(null, source, StatusRefusal.Permission(StatusMessages.AgentSources(source)));
        }

        var target = Resolve(statuses, request.Target);
        if (target is null)
        {
            return new(null, source, StatusRefusal.Rule(request.Target.Kind == StatusTargetKind.Category
                ? StatusMessages.NoneToChoose(request.Target.Category!.Value)
                : StatusMessages.DoesNotExist(request.Target.ToString())));
        }

        return target.System && source != StatusSource.System
            ? new(target, source, StatusRefusal.Rule(StatusMessages.ToSystemStatus(target.Name)))
            : new(target, source, null);
    }

    /// <summary>A bulk change by an agent names only itself: its outcomes would show others' names and statuses.</summary>
    public static StatusRefusal? AdmitBulk(BulkStatusRequest request) =>
        request.Actor.Role == AgentRole.Agent && (request.TeamIds.Count > 0 || request.AgentIds.Any(id => id != request.Actor.AgentId))
            ? StatusRefusal.Permission(StatusMessages.AgentChangesOnlyItself)
            : null;

    private static UserStatus? Resolve(StatusCatalog statuses, StatusTarget target) => target.Kind switch
    {
        StatusTargetKind.Named => statuses.Named(target.Name),
        StatusTargetKind.BuiltIn => statuses.Of(target.BuiltIn!),
        StatusTargetKind.Category => statuses.FirstOf(target.Category!.Value),
        StatusTargetKind.LogIn or StatusTargetKind.AfterWork => statuses.Of(BuiltInStatuses.Available),
        _ => statuses.Of(BuiltInStatuses.Offline),
    };

    private static bool Reaches(Actor actor, Guid agentId, bool supervises) =>
        actor.IsSystem || actor.IsAdmin || actor.AgentId == agentId || (actor.Role == AgentRole.Supervisor && supervises);

    private static StatusDecision Move(AgentStatusState state, UserStatus target, StatusSource source, StatusRequest request)
    {
        var current = state.Current;
        var offline = current.Category == StatusCategory.Offline;
        switch (request.Target.Kind)
        {
            case StatusTargetKind.LogOut when offline:
                return new StatusUnchanged(SessionChange.Kept);
            case StatusTargetKind.LogIn when !offline:
                return new StatusUnchanged(request.Origin is { } origin ? SessionChange.SignIn(origin) : SessionChange.Kept);
        }

        var bySystem = source == StatusSource.System;
        if (target.Category == StatusCategory.Offline)
        {
            return new StatusMove(target, Activities.Logout, source, SessionChange.SignOut);
        }

        if (offline)
        {
            return request.Actor.AgentId == request.AgentId || bySystem
                ? new StatusMove(target, Activities.Login, source, SessionChange.SignIn(request.Origin ?? OriginOf(source)))
                : StatusRefusal.Rule(StatusMessages.OfflineOrLoggedOut);
        }

        if (current.System && !bySystem && request.QueueWhileWorking && request.Actor.AgentId == request.AgentId)
        {
            return state.Working ? new StatusQueued(target) : new StatusMove(target, Activities.UserStatusChanged, source, SessionChange.Kept);
        }

        if (current.System && !bySystem)
        {
            return StatusRefusal.Rule(StatusMessages.FromSystemStatus(current.Name));
        }

        var session = request.Origin is { } adopted ? SessionChange.SignIn(adopted) : SessionChange.Kept;
        return new StatusMove(target, Activities.UserStatusChanged, source, session);
    }

    private static SessionOrigin OriginOf(StatusSource source) => source == StatusSource.Widget ? SessionOrigin.Widget : SessionOrigin.Api;
}
