namespace AdminPortal.Domain.Entities;

public sealed class Call : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    public string CallType { get; set; } = "IncomingCallApp";
    public string Status { get; set; } = "finished";
    public string FailReason { get; set; } = "nothing";
    public string Lang { get; set; } = "en";
    public string? EndUserId { get; set; }
    public string? SupportNumber { get; set; }
    public bool Verified { get; set; }
    public int? Rating { get; set; }

    /// <summary>in_sla, not_in_sla or excluded.</summary>
    public string ServiceLevelEvent { get; set; } = "in_sla";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? QueuedAt { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? ConnectedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public int CallDuration { get; set; }
    public int HoldDuration { get; set; }
    public int WaitDuration { get; set; }

    public Guid? SelectedMenuId { get; set; }
    public Menu? SelectedMenu { get; set; }
    public Guid? AgentId { get; set; }
    public Agent? Agent { get; set; }
}
