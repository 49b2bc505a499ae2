using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Presence;

/// <summary>
/// Counts open widgets per agent (a singleton of this process). When an agent's last widget closes, the agent is
/// remembered as gone; <see cref="SweepAsync"/> logs out (source system, a logout row) the agents gone longer than
/// the grace period whose session began in the widget. A widget opening again within the grace period keeps the status.
/// With several hosts (<see cref="SharedPresence"/>) each sweep also tells the others which widgets this host holds, takes
/// on the agents no living host holds (theirs died), and no agent is timed out while any host holds one of its widgets.
/// </summary>
public sealed class PresenceTracker(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<PresenceOptions> options,
    ILogger<PresenceTracker> logger,
    SharedPresence? shared = null) : IPresenceTracker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, AgentPresence> _agents = [];

    public TimeSpan Grace => TimeSpan.FromSeconds(Math.Max(0, options.Value.GraceSeconds));

    public IDisposable WidgetOpened(Guid organisationId, Guid agentId)
    {
        lock (_gate)
        {
            if (!_agents.TryGetValue(agentId, out var presence))
            {
                presence = new AgentPresence(organisationId);
                _agents[agentId] = presence;
            }

            presence.OpenWidgets++;
            presence.GoneSince = null;
        }

        return new WidgetHandle(this, agentId);
    }

    public int OpenWidgets(Guid agentId)
    {
        lock (_gate)
        {
            return _agents.TryGetValue(agentId, out var presence) ? presence.OpenWidgets : 0;
        }
    }

    /// <summary>Remembers agents that were online in the widget when this process started as gone since now (their widgets must reconnect).</summary>
    public async Task AdoptWidgetSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var online = await db.Agents.IgnoreQueryFilters()
            .Where(a => a.SessionOrigin == SessionOrigin.Widget && a.Status!.Category != StatusCategory.Offline)
            .Select(a => new { a.Id, a.OrganisationId })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var agent in online.Where(a => !_agents.ContainsKey(a.Id)))
            {
                _agents[agent.Id] = new AgentPresence(agent.OrganisationId) { GoneSince = now };
            }
        }
    }

    /// <summary>Logs out the widget agents whose grace period is over; returns how many went Offline.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        if (shared is not null)
        {
            await ShareAsync(shared, cancellationToken);
        }

        var deadline = clock.GetUtcNow() - Grace;
        List<(Guid AgentId, Guid OrganisationId)> due;
        lock (_gate)
        {
            due = [.. _agents.Where(p => p.Value.OpenWidgets == 0 && p.Value.GoneSince <= deadline).Select(p => (p.Key, p.Value.OrganisationId))];
            foreach (var (agentId, _) in due)
            {
                _agents.Remove(agentId);
            }
        }

        var loggedOut = 0;
        foreach (var (agentId, organisationId) in due)
        {
            if (await TimeOutAsync(agentId, organisationId, cancellationToken))
            {
                loggedOut++;
            }
        }

        return loggedOut;
    }

    private async Task ShareAsync(SharedPresence presence, CancellationToken cancellationToken)
    {
        List<(Guid, Guid, int)> open;
        lock (_gate)
        {
            open = [.. _agents.Where(p => p.Value.OpenWidgets > 0).Select(p => (p.Key, p.Value.OrganisationId, p.Value.OpenWidgets))];
        }

        await presence.PublishAsync(open, cancellationToken);
        var unheld = await presence.UnheldAsync(cancellationToken);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var (agentId, organisationId) in unheld.Where(a => !_agents.ContainsKey(a.AgentId)))
            {
                _agents[agentId] = new AgentPresence(organisationId) { GoneSince = now };
            }
        }
    }

    /// <summary>Logs the agent out (source system) unless, seen under its lock, its session no longer began in the widget or a widget is back.</summary>
    private async Task<bool> TimeOutAsync(Guid agentId, Guid organisationId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisationId);
            var gone = new WidgetSessionGone(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>(), this, shared);
            var request = new StatusRequest(agentId, StatusTarget.LogOut, StatusSource.System, Actor.System(organisationId), Precondition: gone);
            var result = await scope.ServiceProvider.GetRequiredService<IStatusChangeService>().ChangeAsync(request, cancellationToken);
            if (result.Row is null)
            {
                return false;
            }

            logger.LogInformation("Agent {AgentId} went offline: no widget for {Grace}", agentId, Grace);
            return true;
        }
        catch (StaleReadException)
        {
            return false;
        }
        catch (DomainException exception)
        {
            logger.LogWarning(exception, "Agent {AgentId} could not be timed out", agentId);
            return false;
        }
    }

    /// <summary>
    /// Checked under the agent's lock: its session began in the widget, and none of its widgets is open again, on this host or
    /// (with several hosts) on any other living one.
    /// </summary>
    private sealed class WidgetSessionGone(AdminPortalDbContext db, PresenceTracker tracker, SharedPresence? shared) : IStatusPrecondition
    {
        public async Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken) =>
            tracker.OpenWidgets(agentId) == 0
            && await db.Agents.AnyAsync(a => a.Id == agentId && a.SessionOrigin == SessionOrigin.Widget, cancellationToken)
            && !(shared is not null && await shared.OpenElsewhereAsync(db, agentId, cancellationToken));
    }

    private void WidgetClosed(Guid agentId)
    {
        lock (_gate)
        {
            if (_agents.TryGetValue(agentId, out var presence) && presence.OpenWidgets > 0 && --presence.OpenWidgets == 0)
            {
                presence.GoneSince = clock.GetUtcNow();
            }
        }
    }

    private sealed class AgentPresence(Guid organisationId)
    {
        public Guid OrganisationId { get; } = organisationId;
        public int OpenWidgets { get; set; }
        public DateTimeOffset? GoneSince { get; set; }
    }

    private sealed class WidgetHandle(PresenceTracker tracker, Guid agentId) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                tracker.WidgetClosed(agentId);
            }
        }
    }
}
