using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// What one status request did: the agent's status before and after, the row written (null when nothing changed) and,
/// when the pick waits for the agent's call or chat, the status queued as next (<see cref="StatusQueued"/>).
/// </summary>
public sealed record StatusChangeResult(Guid AgentId, string PreviousStatus, string CurrentStatus, OperatorStatus? Row, string? QueuedNext = null);

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

/// <summary>Rule messages: the seed 002 ones word for word, and the permission messages of <see cref="StatusTransition"/>.</summary>
public static class StatusMessages
{
    public const string OfflineOrLoggedOut = "Agent's status can't be changed if they are offline or logged out";
    public const string SystemSourceOnly = "Only the system or an admin can record a system status change.";
    public const string NotInReach = "You may not change the status of this agent.";
    public const string AgentChangesOnlyItself = "An agent may change only its own status.";
    public const string WorkBySystemOnly = "Only the phone and chat systems report calls and chats.";
    public const string NotOnItem = "The agent is no longer on this call or chat.";
    public const string NotInWrapUpOfItem = "The agent is not in wrap-up of this call or chat.";
    public const string AlreadyOnItem = "The agent is already on this call or chat.";
    public const string BusyWithOtherWork = "The agent is on another call or chat.";

    public static string DoesNotExist(string name) => $"status '{name}' does not exist";

    public static string ToSystemStatus(string name) => $"Agent can't be changed to system status '{name}'";

    public static string FromSystemStatus(string name) => $"Agent can't be changed from system status '{name}'";

    public static string AgentSources(StatusSource source) =>
        $"An agent records its own changes with source widget or api, not {source.ToString().ToLowerInvariant()}.";

    public static string NoneToChoose(StatusCategory category) =>
        $"The organisation has no {category.ToString().ToLowerInvariant()} status an agent can choose.";
}

public interface IStatusChangeService
{
    /// <summary>
    /// Decides the request (<see cref="StatusTransition"/>) and, when it is a move, in one transaction under the agent's lock:
    /// moves the agent, sets status_updated_at, writes the OperatorStatus row, closes the open activity interval and opens the
    /// next (login/logout/user_status_changed), then publishes <see cref="AgentStatusChanged"/>. Refusals throw
    /// <see cref="Errors.RuleViolationException"/> (exact messages), <see cref="Errors.PermissionDeniedException"/>,
    /// <see cref="Errors.EntityNotFoundException"/> or, when the precondition no longer holds, <see cref="Errors.StaleReadException"/>.
    /// </summary>
    Task<StatusChangeResult> ChangeAsync(StatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>The same request for many agents: a refusal of the whole request throws (nobody changes); per-agent refusals become outcomes.</summary>
    Task<IReadOnlyList<StatusChangeOutcome>> ChangeManyAsync(BulkStatusRequest request, CancellationToken cancellationToken = default);
}

public interface IStatusFeed
{
    IDisposable Subscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler);

    void Publish(AgentStatusChanged change);
}
