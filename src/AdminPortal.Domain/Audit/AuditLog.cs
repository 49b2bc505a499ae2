using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// Which events to read: by actor (an agent, or an organisation credential that acted with no agent), by resource (type,
/// one resource, or words of its name), and by time (from inclusive, to exclusive).
/// </summary>
public sealed record AuditFilter(
    Guid? ActorId = null,
    string? ResourceType = null,
    Guid? ResourceId = null,
    string? ResourceName = null,
    DateTime? From = null,
    DateTime? To = null);

/// <summary>Someone who left events: an agent, or an organisation credential (<see cref="Credential"/>).</summary>
public sealed record AuditActor(Guid Id, string Name, bool Credential);

/// <summary>One event as read back, its changes parsed.</summary>
public sealed record AuditEntry(
    Guid Id,
    DateTime OccurredAt,
    Guid? ActorId,
    string ActorName,
    string Action,
    string ResourceType,
    Guid ResourceId,
    string? ResourceName,
    IReadOnlyList<AuditChange> Changes,
    string Source);

/// <summary>A page of entries, the number of matches (counted up to <see cref="AuditLog.CountLimit"/>), and the names of the rows they refer to.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total, bool MoreThanTotal, IReadOnlyDictionary<Guid, string> Names);

/// <summary>
/// The organisation's audit trail for admins and supervisors, newest first, paged in SQL. Ids in the changes (a parent,
/// a menu, members) come with the current names of their rows, deleted or deactivated ones included.
/// </summary>
public sealed class AuditLog(AdminPortalDbContext db)
{
    public const int CountLimit = 10_000;
    public const int MaxPageSize = 100;

    public async Task<AuditPage> PageAsync(Actor actor, AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        var query = Filtered(filter);
        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .ToListAsync(cancellationToken);
        var items = rows.Select(e => new AuditEntry(
            e.Id, e.OccurredAt.AsUtc(), e.ActorId, e.ActorName, e.Action, e.ResourceType, e.ResourceId, e.ResourceName,
            AuditChange.Parse(e.Changes), e.Source)).ToList();
        return new AuditPage(items, Math.Min(total, CountLimit), total > CountLimit, await NamesAsync(items, cancellationToken));
    }

    /// <summary>Everyone who left events whose name contains <paramref name="search"/>, by name (at most <paramref name="take"/>).</summary>
    public async Task<IReadOnlyList<AuditActor>> ActorsAsync(Actor actor, string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        var agents = await db.AuditEvents.AsNoTracking().Where(e => e.ActorId != null)
            .GroupBy(e => e.ActorId!.Value).Select(g => new { Id = g.Key, Name = g.Max(e => e.ActorName)! })
            .ToListAsync(cancellationToken);
        var credentials = await db.AuditEvents.AsNoTracking().Where(e => e.ActorId == null && e.CredentialId != null)
            .GroupBy(e => e.CredentialId!.Value).Select(g => new { Id = g.Key, Name = g.Max(e => e.ActorName)! })
            .ToListAsync(cancellationToken);
        var text = search?.Trim() ?? "";
        return [.. agents.Select(a => new AuditActor(a.Id, a.Name, false))
            .Concat(credentials.Select(c => new AuditActor(c.Id, c.Name, true)))
            .Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Take(take)];
    }

    /// <summary>The resource types that have events, for a filter's choices.</summary>
    public async Task<IReadOnlyList<string>> ResourceTypesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        return await db.AuditEvents.AsNoTracking().Select(e => e.ResourceType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    private void EnsureReader(Actor actor)
    {
        db.EnsureTenant(actor);
        if (!actor.IsSupervisorOrAdmin)
        {
            throw new PermissionDeniedException("Only admins and supervisors can read the audit trail.");
        }
    }

    private IQueryable<AuditEvent> Filtered(AuditFilter filter)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (filter.ActorId is { } actorId)
        {
            query = query.Where(e => e.ActorId == actorId || (e.ActorId == null && e.CredentialId == actorId));
        }

        if (!string.IsNullOrEmpty(filter.ResourceType))
        {
            query = query.Where(e => e.ResourceType == filter.ResourceType);
        }

        if (filter.ResourceId is { } resourceId)
        {
            query = query.Where(e => e.ResourceId == resourceId);
        }

        if (!string.IsNullOrWhiteSpace(filter.ResourceName))
        {
            var words = filter.ResourceName.Trim().ToLower();
            query = query.Where(e => e.ResourceName != null && e.ResourceName.ToLower().Contains(words));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        return query;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyList<AuditEntry> items, CancellationToken cancellationToken)
    {
        var ids = items.SelectMany(e => e.Changes.SelectMany(IdsOf)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var names = new Dictionary<Guid, string>();
        foreach (var agent in await db.Agents.AsNoTracking().Where(a => ids.Contains(a.Id))
                     .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName }).ToListAsync(cancellationToken))
        {
            names[agent.Id] = Agents.AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName);
        }

        foreach (var row in await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
        {
            names[row.Id] = row.Name;
        }

        foreach (var row in await db.Menus.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
        {
            names[row.Id] = row.Name;
        }

        foreach (var row in await db.QueueGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken))
        {
            names[row.Id] = row.Name;
        }

        return names;
    }

    private static IEnumerable<Guid> IdsOf(AuditChange change)
    {
        foreach (var id in change.Added.Concat(change.Removed))
        {
            yield return id;
        }

        foreach (var value in new[] { change.Before, change.After })
        {
            if (value is { ValueKind: System.Text.Json.JsonValueKind.String } text && Guid.TryParse(text.GetString(), out var id))
            {
                yield return id;
            }
        }
    }
}
