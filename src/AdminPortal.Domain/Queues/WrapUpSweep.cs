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
        // one statement, from each organisation's Wrap-up status to its agents and their open intervals (all three indexed)
        var open = await (
            from status in db.UserStatuses.IgnoreQueryFilters()
            where status.BuiltInId == wrapUp
            join agent in db.Agents.IgnoreQueryFilters() on new { status.OrganisationId, StatusId = status.Id } equals new { agent.OrganisationId, agent.StatusId }
            join l in db.AgentActivityLogs.IgnoreQueryFilters() on agent.Id equals l.AgentId
            where l.EndedAt == null && (l.CallId != null || l.ChatId != null)
            select new
            {
                l.AgentId,
                agent.OrganisationId,
                OrganisationSeconds = agent.Organisation!.WrapUpSeconds,
                l.StartedAt,
                l.CallId,
                l.ChatId,
                MenuSeconds = l.CallId != null ? l.Call!.SelectedMenu!.WrapUpSeconds : l.Chat!.SelectedMenu!.WrapUpSeconds,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow();
        return [.. open
            .Where(l => l.StartedAt.AsUtc().AddSeconds(l.MenuSeconds ?? l.OrganisationSeconds) <= now)
            .Select(l => new DueWrapUp(l.AgentId, l.OrganisationId, WorkItem.Of(l.CallId, l.ChatId)!))];
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
