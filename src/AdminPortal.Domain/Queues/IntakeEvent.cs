using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>The end user of a call or chat as the phone or chat system knows it (seed 004's <c>end_user</c>).</summary>
public sealed record EndUser(string? Id, string? Identifier, string? OutContactId);

/// <summary>
/// One event reported by the phone or chat system (the intake API's request): about which contact (its kind and the
/// system's own id), what happened and when (now when not given), optionally the system's id of the event, and what the
/// event type needs: the menu and language (queued), the agent (offered, connected, missed, wrap_up_ended, disposition),
/// the target of a transfer (a menu or an agent), the fail reason (abandoned), who disconnected (ended), the sender
/// (message), the offer group (offered, optional), the code an agent set (disposition) and the end user's
/// rating with optional feedback (rated). The first event (queued) may
/// describe the contact: its type, end user and support number.
/// </summary>
public sealed record IntakeEvent(ContactKind Kind, string ExternalId, ContactEventType Type)
{
    public DateTime? OccurredAt { get; init; }
    public string? EventId { get; init; }
    public Guid? MenuId { get; init; }
    public string? Lang { get; init; }
    public Guid? AgentId { get; init; }
    public Guid? ToMenuId { get; init; }
    public Guid? ToAgentId { get; init; }
    public string? ContactType { get; init; }
    public EndUser? EndUser { get; init; }
    public string? SupportNumber { get; init; }
    public string? FailReason { get; init; }
    public string? DisconnectedBy { get; init; }
    public string? Sender { get; init; }

    /// <summary>The offer group an offer went to (a cascade group such as "Group 1"), when the system routes in groups.</summary>
    public string? Group { get; init; }

    /// <summary>The wrap-up (disposition) code an agent set.</summary>
    public string? Code { get; init; }

    /// <summary>The end user's survey rating, 1 to 5 (rated).</summary>
    public int? Rating { get; init; }

    /// <summary>The end user's survey feedback text (rated, optional).</summary>
    public string? Feedback { get; init; }
}

/// <summary>What the intake did with an event.</summary>
public sealed record IntakeResult(
    ContactKind Kind,
    Guid ContactId,
    long NumericId,
    string ExternalId,
    string Status,
    bool Recorded,
    string? Note,
    string? AgentStatus);
