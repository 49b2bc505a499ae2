namespace AdminPortal.Domain.Entities;

public sealed class UserStatus : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>A built-in status keeps its seed 004 id (<see cref="BuiltInId"/>); custom ones count up from 1.</summary>
    public long NumericId { get; set; }

    public required string Name { get; set; }
    public required string Color { get; set; }
    public int? WfmId { get; set; }

    /// <summary>Set only by the system (In-call, In-chat, Wrap-up, Missed Call).</summary>
    public bool System { get; set; }

    /// <summary>The seed 004 id of a built-in status (0, -1 … -10); null for custom ones. Built-ins are locked.</summary>
    public int? BuiltInId { get; set; }

    public StatusCategory Category { get; set; } = StatusCategory.Busy;
    public int Position { get; set; }
    public bool Deleted { get; set; }

    public bool BuiltIn => BuiltInId is not null;
}
