using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Queue status now, per menu, language and kind: from the open queue waits (contacts waiting: queued, or offered and not
/// answered yet) and the queues' agents (<see cref="QueueStaffing"/>). Without <see cref="QueueFilter.WithStaffedQueues"/>
/// only queues with someone waiting are listed (seed 004's <c>menus/current_status</c>); with it, staffed queues too.
/// </summary>
public sealed class QueueStatusQuery(AdminPortalDbContext db, QueueMenus menus, QueueStaffing staffing, TeamMembership membership, TimeProvider clock)
{
    public async Task<IReadOnlyList<QueueStatus>> CurrentAsync(QueueFilter filter, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow();
        var waits = db.QueueWaits.AsNoTracking().Where(w => w.EndedAt == null);
        if (filter.Kind is { } kind)
        {
            waits = waits.Where(w => w.Kind == kind);
        }

        var waiting = (await waits.Select(w => new { w.MenuId, w.Lang, w.Kind, w.StartedAt }).ToListAsync(cancellationToken))
            .GroupBy(w => new QueueKey(w.MenuId, w.Lang, w.Kind), w => w.StartedAt.AsUtc())
            .ToDictionary(g => g.Key, g => g.ToList());
        var menuInfo = await menus.LoadAsync(cancellationToken);
        var below = filter.MenuId is { } menuId ? await menus.WithSubMenusAsync(menuId, cancellationToken) : null;
        // Only the agents of the queues that can be listed are read: the waiting and the asked-for ones, or the staffed ones of the menu.
        var also = filter.AlsoQueues.Where(k => filter.Kind is null || k.Kind == filter.Kind).ToList();
        IReadOnlyCollection<Guid>? listable = filter.WithStaffedQueues
            ? below
            : [.. waiting.Keys.Concat(also).Select(k => k.MenuId).Distinct().Where(m => below is null || below.Contains(m))];
        var staff = await staffing.AgentsByQueueAsync(listable, cancellationToken);

        var keys = waiting.Keys.Concat(also).ToHashSet();
        if (filter.WithStaffedQueues)
        {
            keys.UnionWith(staff.Keys.Where(k => filter.Kind is null || k.Kind == filter.Kind));
        }

        if (below is not null)
        {
            keys.RemoveWhere(k => !below.Contains(k.MenuId));
        }

        if (filter.TeamId is { } teamId)
        {
            var teams = await membership.WithSubTeamsAsync([teamId], cancellationToken);
            var members = (await db.Agents.AsNoTracking().Where(a => a.Teams.Any(t => teams.Contains(t.Id))).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
            keys.RemoveWhere(k => !staff.TryGetValue(k, out var agents) || !agents.Overlaps(members));
        }

        keys.RemoveWhere(k => !menuInfo.TryGetValue(k.MenuId, out var menu) || (menu.Deleted && !waiting.ContainsKey(k)));
        var activity = await staffing.ActivityOfAsync(keys.SelectMany(k => staff.GetValueOrDefault(k) ?? []), cancellationToken);
        return [.. keys
            .Select(key =>
            {
                var since = waiting.GetValueOrDefault(key) ?? [];
                var seconds = since.Select(s => Math.Max(0, (now - s).TotalSeconds)).ToList();
                var agents = staff.TryGetValue(key, out var assigned) ? QueueStaffing.Count(assigned, activity) : QueueAgents.None;
                return new QueueStatus(
                    key,
                    menuInfo[key.MenuId],
                    since.Count,
                    since.Count == 0 ? null : since.Min(),
                    seconds.DefaultIfEmpty(0).Max(),
                    seconds.Sum(),
                    since.Count == 0 ? 0 : seconds.Sum() / since.Count,
                    agents);
            })
            .OrderBy(s => s.Menu.Path, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Key.Lang, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Kind)];
    }
}
