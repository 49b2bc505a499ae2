using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Presence;

/// <summary>Runs <see cref="PresenceTracker.SweepAsync"/> every <see cref="PresenceOptions.SweepSeconds"/> on the injected clock.</summary>
public sealed class PresenceSweep(
    PresenceTracker tracker,
    TimeProvider clock,
    IOptions<PresenceOptions> options,
    ILogger<PresenceSweep> logger,
    SharedPresence? shared = null) : BackgroundService
{
    /// <summary>A host that stops gracefully releases its widgets at once; one that dies is released when its rows go stale.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (shared is not null)
        {
            try
            {
                await shared.ReleaseAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "This host's widgets could not be released; other hosts release them once they go stale");
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await tracker.AdoptWidgetSessionsAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Widget sessions of a previous run could not be adopted");
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await tracker.SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The presence sweep failed; it runs again on the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
