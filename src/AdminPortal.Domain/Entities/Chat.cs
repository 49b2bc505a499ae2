namespace AdminPortal.Domain.Entities;

public sealed class Chat : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    public string ChatType { get; set; } = "Messaging Inbound (Web Chat)";
    public string Status { get; set; } = "finished";
    public string FailReason { get; set; } = "nothing";
    public string Lang { get; set; } = "en";
    public string? EndUserId { get; set; }
    public bool Verified { get; set; }
    public int? Rating { get; set; }
    public string ServiceLevelEvent { get; set; } = "in_sla";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? QueuedAt { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public DateTime? FirstMsgSentAt { get; set; }
    public DateTime? LastMsgSentAt { get; set; }
    public int ChatDuration { get; set; }
    public int WaitDuration { get; set; }
    public int MessageCount { get; set; }
    public double AverageResponseTime { get; set; }
    public double LongestResponseTime { get; set; }

    public Guid? SelectedMenuId { get; set; }
    public Menu? SelectedMenu { get; set; }
    public Guid? AgentId { get; set; }
    public Agent? Agent { get; set; }
}
