namespace AdminPortal.Domain.Entities;

/// <summary>
/// A chat as seed 004 shows it. Live chats are written by the intake (<see cref="Queues.IContactIntake"/>) from the chat
/// system's events (<see cref="ContactEvent"/>); generated history fills the same columns directly.
/// </summary>
public sealed class Chat : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    /// <summary>The chat system's own id of the chat (unique in the organisation); null for generated history.</summary>
    public string? ExternalId { get; set; }

    public string ChatType { get; set; } = "Messaging Inbound (Web Chat)";

    /// <summary>queued, assigned, finished or canceled for live chats (seed 004 chat statuses).</summary>
    public string Status { get; set; } = "finished";
    public string FailReason { get; set; } = "nothing";
    public string Lang { get; set; } = "en";
    public string? EndUserId { get; set; }
    public string? EndUserIdentifier { get; set; }
    public string? EndUserOutContactId { get; set; }
    public bool Verified { get; set; }
    public int? Rating { get; set; }
    public string ServiceLevelEvent { get; set; } = "in_sla";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? QueuedAt { get; set; }

    /// <summary>When an agent picked the chat up.</summary>
    public DateTime? AssignedAt { get; set; }
    public DateTime? EndsAt { get; set; }

    public DateTime? FirstMsgSentAt { get; set; }
    public DateTime? LastMsgSentAt { get; set; }
    public int ChatDuration { get; set; }

    /// <summary>Seconds waited in queues (seed 004's queue_duration; wait_duration is its deprecated copy).</summary>
    public int WaitDuration { get; set; }
    public int MessageCount { get; set; }

    /// <summary>Agent replies that answered an end user's message, and the seconds they took in total.</summary>
    public int ResponseCount { get; set; }
    public double ResponseTimeTotal { get; set; }
    public double AverageResponseTime { get; set; }
    public double LongestResponseTime { get; set; }

    /// <summary>The end user's first message the agent has not answered yet (the start of the next response time).</summary>
    public DateTime? AwaitingReplySince { get; set; }

    /// <summary>The menu path as it was when the chat was queued, e.g. <c>Death Star/Carpentry</c>.</summary>
    public string? MenuPath { get; set; }

    public Guid? SelectedMenuId { get; set; }
    public Menu? SelectedMenu { get; set; }
    public Guid? AgentId { get; set; }
    public Agent? Agent { get; set; }
}
