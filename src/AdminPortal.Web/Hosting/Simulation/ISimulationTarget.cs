using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>A queue the simulation sends contacts to, with the agents who answer it.</summary>
public sealed record SimulatedQueue(Guid MenuId, string Lang, ContactKind Kind, IReadOnlyList<Guid> Agents);

/// <summary>
/// Where simulated traffic goes: the intake API over HTTP (the <c>simulate</c> command) or, inside the host, the same
/// intake service the API calls (<c>Demo:Simulate</c>).
/// </summary>
public interface ISimulationTarget
{
    Task<IReadOnlyList<SimulatedQueue>> QueuesAsync(CancellationToken cancellationToken);

    /// <summary>The agents whose status is an available one now.</summary>
    Task<IReadOnlyCollection<Guid>> AvailableAgentsAsync(CancellationToken cancellationToken);

    Task SendAsync(IntakeEvent intakeEvent, CancellationToken cancellationToken);

    /// <summary>A simulated agent in Missed Call chooses Available again (unless it is in another status by then).</summary>
    Task AcknowledgeMissedCallAsync(Guid agentId, CancellationToken cancellationToken);
}
