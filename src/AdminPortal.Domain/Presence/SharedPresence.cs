using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Presence;

/// <summary>
/// Presence across hosts (PostgreSQL): each host writes how many widgets it holds open per agent
/// (<see cref="WidgetCircuit"/>) every sweep; a row older than <see cref="FreshFor"/> belongs to a host that died and
/// counts as closed. An agent is timed out only when no host holds a widget of it.
/// </summary>
public sealed class SharedPresence(IServiceScopeFactory scopes, IOptions<PresenceOptions> options)
{
    /// <summary>This process among the hosts of the database.</summary>
    public Guid HostId { get; } = Guid.NewGuid();

    /// <summary>Three missed sweeps, and a little more, before a host's widgets count as gone.</summary>
    public TimeSpan FreshFor => TimeSpan.FromSeconds((3 * Math.Max(1, options.Value.SweepSeconds)) + 2);

    /// <summary>
    /// Replaces this host's rows with its open widgets now, and deletes the rows of hosts that stopped refreshing theirs
    /// (they died: their rows count as closed from then on) (one transaction).
    /// </summary>
    public async Task PublishAsync(IReadOnlyCollection<(Guid AgentId, Guid OrganisationId, int OpenWidgets)> open, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seconds = FreshFor.TotalSeconds;
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM widget_circuits WHERE host_id = {HostId} OR seen_at <= now() - make_interval(secs => {seconds})", cancellationToken);
        foreach (var (agentId, organisationId, openWidgets) in open)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO widget_circuits (host_id, agent_id, organisation_id, open_widgets, seen_at) VALUES ({HostId}, {agentId}, {organisationId}, {openWidgets}, now())",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Whether another living host holds a widget of the agent open.</summary>
    public Task<bool> OpenElsewhereAsync(AdminPortalDbContext db, Guid agentId, CancellationToken cancellationToken) =>
        Fresh(db).AnyAsync(c => c.AgentId == agentId && c.HostId != HostId && c.OpenWidgets > 0, cancellationToken);

    /// <summary>Agents online through the widget that no living host holds a widget of (e.g. theirs were on a host that died).</summary>
    public async Task<List<(Guid AgentId, Guid OrganisationId)>> UnheldAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var fresh = Fresh(db).Where(c => c.OpenWidgets > 0).Select(c => c.AgentId);
        var unheld = await db.Agents.IgnoreQueryFilters()
            .Where(a => a.SessionOrigin == SessionOrigin.Widget && a.Status!.Category != StatusCategory.Offline && !fresh.Contains(a.Id))
            .Select(a => new { a.Id, a.OrganisationId })
            .ToListAsync(cancellationToken);
        return [.. unheld.Select(a => (a.Id, a.OrganisationId))];
    }

    /// <summary>On a graceful stop: this host holds nothing any more.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.ExecuteSqlAsync($"DELETE FROM widget_circuits WHERE host_id = {HostId}", cancellationToken);
    }

    private IQueryable<WidgetCircuit> Fresh(AdminPortalDbContext db)
    {
        var seconds = FreshFor.TotalSeconds;
        return db.WidgetCircuits.FromSql($"SELECT * FROM widget_circuits WHERE seen_at > now() - make_interval(secs => {seconds})").AsNoTracking();
    }
}
