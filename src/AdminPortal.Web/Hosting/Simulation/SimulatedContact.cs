using AdminPortal.Domain.Entities;

namespace AdminPortal.Web.Hosting.Simulation;

internal enum SimulatedPhase
{
    Waiting,
    Offered,
    Talking,
    WrappingUp,
}

/// <summary>One call or chat of the simulation and what happens to it next (decided when it arrives).</summary>
internal sealed class SimulatedContact(string id, SimulatedQueue queue, DateTime queuedAt)
{
    public string Id { get; } = id;
    public ContactKind Kind => Queue.Kind;
    public SimulatedQueue Queue { get; set; } = queue;
    public DateTime QueuedAt { get; set; } = queuedAt;
    public SimulatedPhase Phase { get; set; }
    public Guid? Agent { get; set; }

    /// <summary>When the next step is due: the end user hangs up (waiting), answers or misses (offered), ends (talking).</summary>
    public DateTime AbandonAt { get; set; }
    public DateTime DueAt { get; set; }
    public bool MissesOffer { get; set; }
    public TimeSpan HandleTime { get; set; }
    public DateTime? HoldAt { get; set; }
    public DateTime? ResumeAt { get; set; }
    public DateTime? NextMessageAt { get; set; }
    public bool EndUserWrites { get; set; } = true;
    public bool Transfers { get; set; }
}
