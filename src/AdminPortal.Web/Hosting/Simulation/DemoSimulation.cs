using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>Configuration keys of the host's own simulation (section <c>Demo</c>).</summary>
public sealed class DemoSimulationOptions
{
    /// <summary>Runs gentle traffic on the demo organisation while the host runs (with <c>Demo:Enabled</c>).</summary>
    public bool Simulate { get; set; } = true;
    public double SimulateCallsPerMinute { get; set; } = SimulationSettings.Gentle.CallsPerMinute;
    public double SimulateChatsPerMinute { get; set; } = SimulationSettings.Gentle.ChatsPerMinute;

    /// <summary>How many queues get traffic (those staffed like a small team).</summary>
    public int SimulateQueues { get; set; } = SimulationSettings.Gentle.MaxQueues ?? 10;
}

/// <summary>
/// <c>Demo:Simulate</c>: once the host has started, ends what an earlier run of the simulation left open, then runs gentle
/// traffic on the demo organisation through the intake service (<see cref="InProcessTarget"/>) until the host stops.
/// </summary>
public sealed class DemoSimulation(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DemoSimulation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        var options = configuration.GetSection(DemoOptions.Section).Get<DemoSimulationOptions>() ?? new DemoSimulationOptions();
        if (!demo.Enabled || !options.Simulate || !await StartedAsync(stoppingToken))
        {
            return;
        }

        try
        {
            Guid? organisationId;
            await using (var scope = scopes.CreateAsyncScope())
            {
                organisationId = await scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>().Organisations.IgnoreQueryFilters()
                    .Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(stoppingToken);
            }

            if (organisationId is not { } id)
            {
                return;
            }

            var target = new InProcessTarget(scopes, id);
            await EndLeftoversAsync(id, target, stoppingToken);
            var settings = SimulationSettings.Gentle with
            {
                CallsPerMinute = options.SimulateCallsPerMinute,
                ChatsPerMinute = options.SimulateChatsPerMinute,
                MaxQueues = options.SimulateQueues,
            };
            await new TrafficSimulator(target, settings, clock, logger).RunAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The demo simulation stopped");
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        using var stopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Contacts a stopped run left open (a crash, a kill) hang up or end; agents it left in Missed Call are acknowledged.</summary>
    private async Task EndLeftoversAsync(Guid organisationId, InProcessTarget target, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var calls = await db.Calls.AsNoTracking().Where(c => c.ExternalId!.StartsWith("sim-") && (c.Status == "queued" || c.Status == "assigned" || c.Status == "connected"))
            .Select(c => new { c.ExternalId, c.Status }).ToListAsync(cancellationToken);
        var chats = await db.Chats.AsNoTracking().Where(c => c.ExternalId!.StartsWith("sim-") && (c.Status == "queued" || c.Status == "assigned"))
            .Select(c => new { c.ExternalId, c.Status }).ToListAsync(cancellationToken);
        var missed = await db.Agents.AsNoTracking().Where(a => a.Status!.BuiltInId == BuiltInStatuses.MissedCall.BuiltInId).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var call in calls)
        {
            await EndAsync(target, new IntakeEvent(ContactKind.Call, call.ExternalId!, call.Status == "connected" ? ContactEventType.Ended : ContactEventType.Abandoned), cancellationToken);
        }

        foreach (var chat in chats)
        {
            await EndAsync(target, new IntakeEvent(ContactKind.Chat, chat.ExternalId!, chat.Status == "assigned" ? ContactEventType.Ended : ContactEventType.Abandoned), cancellationToken);
        }

        foreach (var agent in missed)
        {
            await target.AcknowledgeMissedCallAsync(agent, cancellationToken);
        }
    }

    private async Task EndAsync(InProcessTarget target, IntakeEvent intakeEvent, CancellationToken cancellationToken)
    {
        try
        {
            await target.SendAsync(intakeEvent, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogDebug(exception, "{Id} of an earlier simulation could not be ended", intakeEvent.ExternalId);
        }
    }
}
