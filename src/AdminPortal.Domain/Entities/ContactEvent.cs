namespace AdminPortal.Domain.Entities;

/// <summary>Whether a contact is a call or a chat (seed 004's <c>channel</c>: call, chat).</summary>
public enum ContactKind
{
    Call,
    Chat,
}

/// <summary>
/// One event the phone or chat system reported about a call or chat, as applied by the intake: what happened, when,
/// to which agent and menu, and what it did to the agent's status. Calls' and chats' participants, transfers and handle
/// times are read from these rows; <see cref="EventId"/> (the system's own id of the event) makes a repeat a no-op.
/// </summary>
public sealed class ContactEvent : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    public ContactKind Kind { get; set; }
    public Guid? CallId { get; set; }
    public Call? Call { get; set; }
    public Guid? ChatId { get; set; }
    public Chat? Chat { get; set; }

    /// <summary>queued, offered, connected, held, resumed, transferred, ended, abandoned, missed, wrap_up_ended, message or disposition.</summary>
    public required string Type { get; set; }
    public string? EventId { get; set; }
    public DateTime OccurredAt { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The agent the event is about (offered, connected, missed, disposition; the agent a transfer leaves).</summary>
    public Guid? AgentId { get; set; }

    /// <summary>The menu the contact is queued on (queued) or moves to (transferred).</summary>
    public Guid? MenuId { get; set; }
    public Guid? ToAgentId { get; set; }
    public string? Lang { get; set; }

    /// <summary>
    /// A detail of the event: the fail reason (abandoned), who disconnected (ended), the sender (message), the offer group
    /// (offered, when the system reports one), the wrap-up code (disposition).
    /// </summary>
    public string? Detail { get; set; }

    /// <summary>What the event did to the agent's status: the status it moved to, or why it did not move.</summary>
    public string? StatusEffect { get; set; }
}
