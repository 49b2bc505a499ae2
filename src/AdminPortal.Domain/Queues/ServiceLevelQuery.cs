using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Service level over the last minutes: the queue waits that ended in the window <c>[now − window, now]</c> by being
/// answered or abandoned; SLA = 100 × those answered within their service level ÷ all of them (one decimal; null when
/// there are none). Per queue (menu path, language, kind) and per queue group (its menus together).
/// </summary>
public sealed class ServiceLevelQuery(AdminPortalDbContext db, QueueMenus menus, TimeProvider clock)
{
    public const int MaxMinutes = 7 * 24 * 60;

    private static readonly string Answered = SnakeCaseEnum<WaitOutcome>.ToName(WaitOutcome.Answered);
    private static readonly string Abandoned = SnakeCaseEnum<WaitOutcome>.ToName(WaitOutcome.Abandoned);

    /// <summary>The queues with waits that ended in the window, ordered by menu path and language.</summary>
    public async Task<IReadOnlyList<QueueServiceLevel>> ByQueueAsync(int minutes, ContactKind? kind = null, CancellationToken cancellationToken = default)
    {
        var groups = await Ended(minutes, kind)
            .GroupBy(w => new { w.MenuId, w.Lang, w.Kind })
            .Select(g => new
            {
                g.Key.MenuId,
                g.Key.Lang,
                g.Key.Kind,
                Answered = g.Count(w => w.Outcome == Answered),
                Abandoned = g.Count(w => w.Outcome == Abandoned),
                Within = g.Count(w => w.WithinServiceLevel == true),
            })
            .ToListAsync(cancellationToken);
        var info = await menus.LoadAsync(cancellationToken);
        return [.. groups
            .Where(g => info.ContainsKey(g.MenuId))
            .Select(g => new QueueServiceLevel(new QueueKey(g.MenuId, g.Lang, g.Kind), info[g.MenuId], g.Answered, g.Abandoned, g.Within))
            .OrderBy(s => s.Menu.Path, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Key.Lang, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Kind)];
    }

    /// <summary>Every queue group of the organisation (by numeric id), with its menus' waits that ended in the window.</summary>
    public async Task<IReadOnlyList<GroupServiceLevel>> ByQueueGroupAsync(int minutes, ContactKind? kind = null, CancellationToken cancellationToken = default)
    {
        var counts = await Ended(minutes, kind)
            .Where(w => w.Menu!.QueueGroupId != null)
            .GroupBy(w => w.Menu!.QueueGroupId!.Value)
            .Select(g => new
            {
                GroupId = g.Key,
                Answered = g.Count(w => w.Outcome == Answered),
                Abandoned = g.Count(w => w.Outcome == Abandoned),
                Within = g.Count(w => w.WithinServiceLevel == true),
            })
            .ToDictionaryAsync(g => g.GroupId, cancellationToken);
        var groups = await db.QueueGroups.AsNoTracking().OrderBy(g => g.NumericId).ToListAsync(cancellationToken);
        return [.. groups.Select(g => counts.TryGetValue(g.Id, out var c)
            ? new GroupServiceLevel(g.Id, g.NumericId, g.Name, g.ServiceLevelSeconds, g.ServiceLevelTargetPercent, c.Answered, c.Abandoned, c.Within)
            : new GroupServiceLevel(g.Id, g.NumericId, g.Name, g.ServiceLevelSeconds, g.ServiceLevelTargetPercent, 0, 0, 0))];
    }

    private IQueryable<QueueWait> Ended(int minutes, ContactKind? kind)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            throw Errors.ValidationFailedException.For("minutes", $"minutes must be a whole number from 1 to {MaxMinutes}.");
        }

        var now = clock.UtcNow();
        var since = now.AddMinutes(-minutes);
        var waits = db.QueueWaits.AsNoTracking()
            .Where(w => w.EndedAt >= since && w.EndedAt <= now && (w.Outcome == Answered || w.Outcome == Abandoned));
        return kind is { } k ? waits.Where(w => w.Kind == k) : waits;
    }
}
