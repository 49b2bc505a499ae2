using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>The organisation's menus as queue reports need them (paths, service levels), read in two queries.</summary>
public sealed class QueueMenus(AdminPortalDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, QueueMenu>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(cancellationToken);
        var groups = await db.QueueGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, cancellationToken);
        var menus = await db.Menus.AsNoTracking()
            .Select(m => new { m.Id, m.NumericId, m.Name, m.ParentId, m.Deleted, m.QueueGroupId, m.ServiceLevelSeconds })
            .ToDictionaryAsync(m => m.Id, cancellationToken);

        string PathOf(Guid id)
        {
            var names = new List<string>();
            var seen = new HashSet<Guid>();
            for (Guid? current = id; current is { } at && seen.Add(at) && menus.TryGetValue(at, out var menu); current = menu.ParentId)
            {
                names.Add(menu.Name);
            }

            names.Reverse();
            return string.Join('/', names);
        }

        return menus.Values.ToDictionary(m => m.Id, m => new QueueMenu(
            m.Id,
            m.NumericId,
            m.Name,
            PathOf(m.Id),
            m.Deleted,
            m.QueueGroupId,
            ServiceLevels.Of(m.ServiceLevelSeconds, m.QueueGroupId is { } g ? groups.GetValueOrDefault(g) : null, organisation)));
    }

    /// <summary><paramref name="menuId"/> and every menu below it.</summary>
    public async Task<HashSet<Guid>> WithSubMenusAsync(Guid menuId, CancellationToken cancellationToken = default)
    {
        var edges = await db.Menus.AsNoTracking().Where(m => m.ParentId != null).Select(m => new { m.Id, ParentId = m.ParentId!.Value }).ToListAsync(cancellationToken);
        return Trees.Subtree(edges.ToLookup(e => e.ParentId, e => e.Id), [menuId]);
    }
}
