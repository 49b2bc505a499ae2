using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004's <c>menus/current_status</c> item. The product has no menu path records apart from menus: a path is named by
/// the menu it leads to, so <c>menu_id</c> and <c>menu_path_id</c> are both that menu's id. Durations in whole seconds.
/// </summary>
public sealed record ManagerMenuQueueStatus(
    long MenuId,
    string Lang,
    long MenuPathId,
    string MenuPath,
    string CommType,
    int InQueueCount,
    DateTime? OldestInQueue,
    int OldestDurationInQueue,
    int TotalQueueDuration,
    int AverageQueueDuration)
{
    public static ManagerMenuQueueStatus From(QueueStatus queue) => new(
        queue.Menu.NumericId, queue.Key.Lang, queue.Menu.NumericId, queue.Menu.Path, QueueChannels.CommType(queue.Key.Kind), queue.InQueue,
        queue.OldestQueuedAt, ContactRows.Whole(queue.OldestWaitSeconds), ContactRows.Whole(queue.TotalWaitSeconds), ContactRows.Whole(queue.AverageWaitSeconds));
}

/// <summary>Seed 004's <c>menus/sla</c> item: <c>sla</c> in percent with one decimal.</summary>
public sealed record ManagerMenuSla(long MenuPathId, string Lang, string MenuPath, double? Sla)
{
    public static ManagerMenuSla From(QueueServiceLevel level) => new(level.Menu.NumericId, level.Key.Lang, level.Menu.Path, level.Percent);
}

/// <summary>Seed 004's <c>menus/sla_by_queue_groups</c> item: <c>sla</c> null when nothing ended in the window.</summary>
public sealed record ManagerQueueGroupSla(long QueueGroupId, string QueueGroupName, double? Sla)
{
    public static ManagerQueueGroupSla From(GroupServiceLevel group) => new(group.NumericId, group.Name, group.Percent);
}
