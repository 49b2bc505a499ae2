namespace AdminPortal.Domain.Entities;

/// <summary>The last numeric id handed out for one kind of row of one organisation. It only grows, so ids are never reused.</summary>
public sealed class NumericIdCounter
{
    public Guid OrganisationId { get; set; }

    /// <summary>The kind of row numbered (the entity's name, e.g. <c>Agent</c>).</summary>
    public required string Kind { get; set; }

    public long LastValue { get; set; }
}
