using AdminPortal.Domain.Entities;

namespace AdminPortal.Web.Hosting.Simulation;

internal enum SimulatedPhase
{
    Waiting,

    /// <summary>A caller in the phone menu (IVR), not queued yet.</summary>
    InMenu,
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

    /// <summary>When the next step is due: the end user hangs up (waiting), answers or misses (offered), ends (talking), wrap-up ends.</summary>
    public DateTime AbandonAt { get; set; }
    public DateTime DueAt { get; set; }
    public bool MissesOffer { get; set; }
    public TimeSpan HandleTime { get; set; }
    public DateTime? HoldAt { get; set; }
    public DateTime? ResumeAt { get; set; }
    public DateTime? NextMessageAt { get; set; }
    public bool EndUserWrites { get; set; } = true;
    public bool Transfers { get; set; }

    /// <summary>A caller in the phone menu leaves it then: for the queue, or hanging up when <see cref="HangsUpInMenu"/>.</summary>
    public DateTime LeavesMenuAt { get; set; }
    public bool HangsUpInMenu { get; set; }

    /// <summary>Offers so far: each goes to the next cascade group ("Group 1", "Group 2", …).</summary>
    public int Offers { get; set; }
}
