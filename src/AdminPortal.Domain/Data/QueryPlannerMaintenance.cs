using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Domain.Data;

/// <summary>Refreshes SQLite's planner statistics every hour while the host runs, as the data grows from what it was at start-up.</summary>
public sealed class QueryPlannerMaintenance(IServiceScopeFactory scopes, TimeProvider clock, ILogger<QueryPlannerMaintenance> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await QueryPlannerStatistics.OptimizeAsync(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Refreshing the query planner statistics failed; retrying in {Interval}", Interval);
            }
        }
    }
}
