using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Statuses;

/// <summary>Move one agent to the status named <paramref name="StatusName"/> (case-insensitive).</summary>
public sealed record StatusChangeCommand(Guid AgentId, string StatusName, StatusSource Source, Actor ChangedBy);

/// <summary>Seed 002: the same status for agents by id and by team; one outcome per distinct agent.</summary>
public sealed record BulkStatusChangeCommand(string StatusName, IReadOnlyCollection<Guid> AgentIds, IReadOnlyCollection<Guid> TeamIds, Actor ChangedBy);

/// <summary>What happened to one agent of a bulk change; <see cref="Message"/> is the rule's text when refused.</summary>
public sealed record StatusChangeOutcome(
    Guid AgentId,
    string Name,
    string Email,
    string? AgentNumber,
    string PreviousStatus,
    string CurrentStatus,
    string? Message)
{
    public bool Succeeded => Message is null;
}

/// <summary>Published after a committed change; portal pages subscribe to <see cref="IStatusFeed"/>.</summary>
public sealed record AgentStatusChanged(
    Guid OrganisationId,
    Guid AgentId,
    string AgentName,
    Guid StatusId,
    string StatusName,
    string StatusColor,
    StatusCategory Category,
    StatusSource Source,
    DateTime ChangedAt);

/// <summary>Rule messages, word for word from seed 002 and DESIGN.md.</summary>
public static class StatusMessages
{
    public static string DoesNotExist(string name) => $"status '{name}' does not exist";
    public static string ToSystemStatus(string name) => $"Agent can't be changed to system status '{name}'";
    public static string FromSystemStatus(string name) => $"Agent can't be changed from system status '{name}'";
    public const string OfflineOrLoggedOut = "Agent's status can't be changed if they are offline or logged out";
}

public interface IStatusChangeService
{
    /// <summary>
    /// Applies the status rules; on success, in one transaction, moves the agent, sets status_updated_at,
    /// writes the OperatorStatus row, closes the open activity interval and opens the next
    /// (login/logout/user_status_changed), then publishes <see cref="AgentStatusChanged"/>.
    /// Refusals throw <see cref="Errors.RuleViolationException"/> (exact messages), <see cref="Errors.PermissionDeniedException"/>
    /// or <see cref="Errors.EntityNotFoundException"/>. Changes of one agent are serialised.
    /// </summary>
    Task<OperatorStatus> ChangeAsync(StatusChangeCommand command, CancellationToken cancellationToken = default);

    /// <summary>Unknown or system status throws (400 for the whole request); per-agent refusals become outcomes.</summary>
    Task<IReadOnlyList<StatusChangeOutcome>> ChangeManyAsync(BulkStatusChangeCommand command, CancellationToken cancellationToken = default);

    /// <summary>The agent itself comes back (widget sign-in or its own token): a login row, then the status (Available by default).</summary>
    Task<OperatorStatus> LoginAsync(Guid agentId, SessionOrigin origin, StatusSource source, string? statusName = null, CancellationToken cancellationToken = default);

    /// <summary>The agent goes Offline with a logout row; <paramref name="by"/> is the agent, an admin/supervisor forcing it, or the system.</summary>
    Task<OperatorStatus> LogoutAsync(Guid agentId, StatusSource source, Actor by, CancellationToken cancellationToken = default);
}

public interface IStatusFeed
{
    IDisposable Subscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler);

    void Publish(AgentStatusChanged change);
}
