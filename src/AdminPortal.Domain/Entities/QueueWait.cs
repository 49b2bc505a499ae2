namespace AdminPortal.Domain.Entities;

/// <summary>
/// One stay of a call or chat in one queue (a menu in a language): opened when it is queued or transferred to the menu,
/// closed when it is answered, abandoned or transferred away. Queue status reads the open ones; service level reads the
/// closed ones, each with the service level it was measured against (seed 004's <c>queue_durations</c>).
/// </summary>
public sealed class QueueWait : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    public ContactKind Kind { get; set; }
    public Guid? CallId { get; set; }
    public Guid? ChatId { get; set; }
    public Guid MenuId { get; set; }
    public Menu? Menu { get; set; }
    public required string Lang { get; set; }

    /// <summary>The wait follows a transfer (the contact was answered before).</summary>
    public bool Transfer { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>answered, abandoned or transferred; null while waiting.</summary>
    public string? Outcome { get; set; }

    /// <summary>The agent who answered (or was offered the contact last).</summary>
    public Guid? AgentId { get; set; }

    /// <summary>The service level in seconds the wait was measured against, and whether it was met (null while waiting).</summary>
    public int? ServiceLevelSeconds { get; set; }
    public bool? WithinServiceLevel { get; set; }
}
