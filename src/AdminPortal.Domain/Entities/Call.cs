namespace AdminPortal.Domain.Entities;

/// <summary>
/// A call as seed 004 shows it. Live calls are written by the intake (<see cref="Queues.IContactIntake"/>) from the phone
/// system's events (<see cref="ContactEvent"/>); generated history fills the same columns directly.
/// </summary>
public sealed class Call : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    /// <summary>The phone system's own id of the call (unique in the organisation); null for generated history.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The seed 004 <c>call_type[]</c> filter value (IvrCall, IncomingCallApp, …); <see cref="Queues.ContactTypes"/> names it.</summary>
    public string CallType { get; set; } = "IncomingCallApp";

    /// <summary>queued, assigned, connected, finished or failed for live calls (seed 004 call statuses).</summary>
    public string Status { get; set; } = "finished";
    public string FailReason { get; set; } = "nothing";
    public string? FailDetails { get; set; }

    /// <summary>Seed 004's adapter_fail_code (e.g. 20003 abandoned by the customer); its message comes from the seed's table.</summary>
    public int? AdapterFailCode { get; set; }
    public string DisconnectedBy { get; set; } = "disconnected_by_unknown";
    public string Lang { get; set; } = "en";
    public string? EndUserId { get; set; }
    public string? EndUserIdentifier { get; set; }
    public string? EndUserOutContactId { get; set; }
    public string? SupportNumber { get; set; }
    public bool Verified { get; set; }
    public int? Rating { get; set; }

    /// <summary>in_sla, not_in_sla or excluded.</summary>
    public string ServiceLevelEvent { get; set; } = "in_sla";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? QueuedAt { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? ConnectedAt { get; set; }

    /// <summary>Seed 004's <c>ends_at</c>.</summary>
    public DateTime? EndedAt { get; set; }

    /// <summary>While on hold: since when (the hold is added to <see cref="HoldDuration"/> when it ends).</summary>
    public DateTime? HoldStartedAt { get; set; }

    public int CallDuration { get; set; }
    public int HoldDuration { get; set; }

    /// <summary>Seconds waited in queues (seed 004's queue_duration; wait_duration is its deprecated copy).</summary>
    public int WaitDuration { get; set; }

    /// <summary>The menu path as it was when the call was queued, e.g. <c>Death Star/Carpentry</c>.</summary>
    public string? MenuPath { get; set; }

    public Guid? SelectedMenuId { get; set; }
    public Menu? SelectedMenu { get; set; }
    public Guid? AgentId { get; set; }
    public Agent? Agent { get; set; }
}
