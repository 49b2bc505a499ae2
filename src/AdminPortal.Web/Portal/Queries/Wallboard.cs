using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Portal.Queries;

/// <summary>One queue on the wallboard: who waits and since when, its agents, and its service level over 15 and 60 minutes.</summary>
public sealed record WallboardTile(QueueKey Key, QueueMenu Menu, int Waiting, DateTime? OldestQueuedAt, QueueAgents Agents, double? Sla15, double? Sla60)
{
    public string Id => $"{Menu.NumericId}-{Key.Lang}-{(Key.Kind == ContactKind.Call ? "call" : "chat")}";

    public int TargetPercent => Menu.ServiceLevel.TargetPercent;

    public int ServiceLevelSeconds => Menu.ServiceLevel.Seconds;
}

/// <summary>
/// The wallboard's queues: every queue with someone waiting or with waits that ended in the last hour (and, when asked,
/// every other staffed queue), each with its agents and its service level over the last 15 and 60 minutes (the domain's
/// queries, joined).
/// </summary>
public sealed class Wallboard(QueueStatusQuery status, ServiceLevelQuery levels, QueueMenus menus)
{
    public async Task<IReadOnlyList<WallboardTile>> TilesAsync(ContactKind? kind, Guid? menuId, bool idleQueues, CancellationToken cancellationToken = default)
    {
        var hour = await levels.ByQueueAsync(60, kind, cancellationToken);
        // The agents of idle queues are read only when idle queues are shown.
        var now = await status.CurrentAsync(
            new QueueFilter(kind, menuId, WithStaffedQueues: idleQueues) { AlsoQueues = [.. hour.Select(l => l.Key)] }, cancellationToken);
        var quarter = (await levels.ByQueueAsync(15, kind, cancellationToken)).ToDictionary(s => s.Key, s => s.Percent);
        var shown = menuId is { } root ? await menus.WithSubMenusAsync(root, cancellationToken) : null;
        var tiles = now.ToDictionary(s => s.Key, s => new WallboardTile(s.Key, s.Menu, s.InQueue, s.OldestQueuedAt, s.Agents, null, null));
        foreach (var level in hour.Where(l => tiles.ContainsKey(l.Key) || (!l.Menu.Deleted && (shown is null || shown.Contains(l.Key.MenuId)))))
        {
            var tile = tiles.GetValueOrDefault(level.Key) ?? new WallboardTile(level.Key, level.Menu, 0, null, QueueAgents.None, null, null);
            tiles[level.Key] = tile with { Sla60 = level.Percent, Sla15 = quarter.GetValueOrDefault(level.Key) };
        }

        return [.. tiles.Values
            .Where(t => idleQueues || t.Waiting > 0 || t.Sla60 is not null)
            .OrderBy(t => t.Menu.Path, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Key.Lang, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Kind)];
    }
}

public enum WallboardLevel
{
    /// <summary>Nobody waits and nothing was answered or abandoned in the last hour.</summary>
    Idle,
    Ok,
    Warning,
    Critical,
}

/// <summary>
/// The colour of a tile. Critical: someone waits and none of the queue's agents is available, on a call or busy; or the
/// oldest wait is at least twice the service level; or the SLA of the last 15 minutes is more than 10 points below target.
/// Warning: the oldest wait has reached the service level, or an SLA (15 or 60 minutes) is below target. Idle: nobody
/// waits and no SLA. Ok otherwise.
/// </summary>
public static class WallboardThresholds
{
    public const int CriticalPointsBelowTarget = 10;

    public static WallboardLevel Of(WallboardTile tile, DateTime now)
    {
        var oldest = tile.OldestQueuedAt is { } since ? (now - since).TotalSeconds : 0;
        var unstaffed = tile.Agents.Available + tile.Agents.OnCall + tile.Agents.Busy == 0;
        if ((tile.Waiting > 0 && (unstaffed || oldest >= 2 * tile.ServiceLevelSeconds))
            || tile.Sla15 < tile.TargetPercent - CriticalPointsBelowTarget)
        {
            return WallboardLevel.Critical;
        }

        if ((tile.Waiting > 0 && oldest >= tile.ServiceLevelSeconds) || tile.Sla15 < tile.TargetPercent || tile.Sla60 < tile.TargetPercent)
        {
            return WallboardLevel.Warning;
        }

        return tile.Waiting == 0 && tile.Sla60 is null ? WallboardLevel.Idle : WallboardLevel.Ok;
    }
}
