using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>
/// The host's own simulation (<c>Demo:Simulate</c>): events go to the intake service the intake API calls, as the
/// system of <paramref name="organisationId"/>, without spending the organisation's API rate limit.
/// </summary>
public sealed class InProcessTarget(IServiceScopeFactory scopes, Guid organisationId) : ISimulationTarget
{
    private Actor System => Actor.System(organisationId);

    public Task<IReadOnlyList<SimulatedQueue>> QueuesAsync(CancellationToken cancellationToken) => RunAsync<QueueStaffing, IReadOnlyList<SimulatedQueue>>(async staffing =>
        [.. (await staffing.AgentsByQueueAsync(cancellationToken: cancellationToken)).Where(q => q.Value.Count > 0).Select(q => new SimulatedQueue(q.Key.MenuId, q.Key.Lang, q.Key.Kind, [.. q.Value]))]);

    public Task<IReadOnlyCollection<Guid>> AvailableAgentsAsync(CancellationToken cancellationToken) => RunAsync<AdminPortalDbContext, IReadOnlyCollection<Guid>>(async db =>
        await db.Agents.AsNoTracking().Where(a => a.Status!.Category == StatusCategory.Available).Select(a => a.Id).ToListAsync(cancellationToken));

    public Task SendAsync(IntakeEvent intakeEvent, CancellationToken cancellationToken) =>
        RunAsync<IContactIntake, IntakeResult>(intake => intake.RecordAsync(System, intakeEvent, cancellationToken));

    public async Task AcknowledgeMissedCallAsync(Guid agentId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = Scope();
            var request = new StatusRequest(agentId, StatusTarget.Of(BuiltInStatuses.Available), StatusSource.System, System,
                Precondition: new StillMissedCall(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>()));
            await scope.ServiceProvider.GetRequiredService<IStatusChangeService>().ChangeAsync(request, cancellationToken);
        }
        catch (DomainException)
        {
            // the agent chose something else meanwhile
        }
    }

    private async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private AsyncServiceScope Scope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisationId);
        return scope;
    }

    /// <summary>Checked under the agent's lock: it is still in Missed Call.</summary>
    private sealed class StillMissedCall(AdminPortalDbContext db) : IStatusPrecondition
    {
        public Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken) =>
            db.Agents.AnyAsync(a => a.Id == agentId && a.Status!.BuiltInId == BuiltInStatuses.MissedCall.BuiltInId, cancellationToken);
    }
}
