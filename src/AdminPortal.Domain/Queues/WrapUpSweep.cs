using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Ends wrap-ups whose time is over: an agent in Wrap-up of a call or chat for longer than the menu's wrap-up seconds
/// (else the organisation's) goes to its next status, through the status rules (source system), which check under the
/// agent's lock that it is still in wrap-up of that call.
/// </summary>
public sealed class WrapUps(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WrapUps> logger)
{
    /// <summary>Moves on every agent whose wrap-up is over; returns how many moved.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var due = await DueAsync(cancellationToken);
        var moved = 0;
        foreach (var wrapUp in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Use(wrapUp.OrganisationId);
                var request = StatusRequest.ForWork(wrapUp.AgentId, new WorkStep(WorkStepKind.Release, wrapUp.Item), wrapUp.OrganisationId);
                var result = await scope.ServiceProvider.GetRequiredService<IStatusChangeService>().ChangeAsync(request, cancellationToken);
                moved += result.Row is null ? 0 : 1;
            }
            catch (DomainException exception)
            {
                logger.LogWarning(exception, "The wrap-up of agent {AgentId} could not be ended", wrapUp.AgentId);
            }
        }

        return moved;
    }

    private async Task<List<DueWrapUp>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var wrapUp = BuiltInStatuses.WrapUp.BuiltInId;
        var agents = await db.Agents.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status!.BuiltInId == wrapUp)
            .Select(a => new { a.Id, a.OrganisationId, a.Organisation!.WrapUpSeconds })
            .ToListAsync(cancellationToken);
        if (agents.Count == 0)
        {
            return [];
        }

        var ids = agents.Select(a => a.Id).ToList();
        var open = await db.AgentActivityLogs.IgnoreQueryFilters().AsNoTracking()
            .Where(l => ids.Contains(l.AgentId) && l.EndedAt == null && (l.CallId != null || l.ChatId != null))
            .Select(l => new
            {
                l.AgentId,
                l.StartedAt,
                l.CallId,
                l.ChatId,
                MenuSeconds = l.CallId != null ? l.Call!.SelectedMenu!.WrapUpSeconds : l.Chat!.SelectedMenu!.WrapUpSeconds,
            })
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow();
        return [.. open.Join(agents, l => l.AgentId, a => a.Id, (l, a) => new { l, a })
            .Where(x => x.l.StartedAt.AsUtc().AddSeconds(x.l.MenuSeconds ?? x.a.WrapUpSeconds) <= now)
            .Select(x => new DueWrapUp(x.a.Id, x.a.OrganisationId, WorkItem.Of(x.l.CallId, x.l.ChatId)!))];
    }

    private sealed record DueWrapUp(Guid AgentId, Guid OrganisationId, WorkItem Item);
}

/// <summary>Runs <see cref="WrapUps.SweepAsync"/> every <see cref="QueueOptions.WrapUpSweepSeconds"/> on the injected clock.</summary>
public sealed class WrapUpSweep(WrapUps wrapUps, TimeProvider clock, IOptions<QueueOptions> options, ILogger<WrapUpSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.WrapUpSweepSeconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await wrapUps.SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The wrap-up sweep failed; it runs again on the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
