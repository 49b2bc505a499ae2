using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>A queue: a menu in a language for one kind of contact (calls or chats).</summary>
public sealed record QueueKey(Guid MenuId, string Lang, ContactKind Kind)
{
    /// <summary>The assignment channel that staffs this queue: voice_call for calls, chat for chats.</summary>
    public string ChannelType => QueueChannels.ChannelType(Kind);
}

public static class QueueChannels
{
    public const string VoiceCall = "voice_call";
    public const string Chat = "chat";

    public static string ChannelType(ContactKind kind) => kind == ContactKind.Call ? VoiceCall : Chat;

    public static ContactKind? KindOf(string channelType) => channelType switch
    {
        VoiceCall => ContactKind.Call,
        Chat => ContactKind.Chat,
        _ => null,
    };

    /// <summary>Seed 004's <c>comm_type</c>: Call or Chat.</summary>
    public static string CommType(ContactKind kind) => kind == ContactKind.Call ? "Call" : "Chat";
}

/// <summary>A menu as queue reports show it: ids, name, path from the top menu, queue group and service level.</summary>
public sealed record QueueMenu(Guid Id, long NumericId, string Name, string Path, bool Deleted, Guid? QueueGroupId, ServiceLevel ServiceLevel);

/// <summary>
/// The agents who answer a queue (assigned directly or through a team, sub-teams included) by what they do now:
/// available (an available status), on a call or chat (In-call, In-chat), busy (another busy status: Wrap-up, Missed Call,
/// Special Task, …) and away (an away status: Break, Meal, …). Offline agents are not counted.
/// </summary>
public sealed record QueueAgents(int Available, int OnCall, int Busy, int Away)
{
    public static QueueAgents None { get; } = new(0, 0, 0, 0);

    public int Online => Available + OnCall + Busy + Away;
}

/// <summary>
/// A queue now: how many contacts wait, since when the oldest waits and for how long (seconds), the total and average
/// time the waiting contacts have waited so far, and its agents.
/// </summary>
public sealed record QueueStatus(
    QueueKey Key,
    QueueMenu Menu,
    int InQueue,
    DateTime? OldestQueuedAt,
    double OldestWaitSeconds,
    double TotalWaitSeconds,
    double AverageWaitSeconds,
    QueueAgents Agents);

/// <summary>
/// What queue status is asked for: one kind, a menu and the menus below it, queues a team's agents answer, idle staffed
/// queues too. <see cref="AlsoQueues"/> lists queues wanted even when nobody waits (e.g. those with a recent service level).
/// </summary>
public sealed record QueueFilter(ContactKind? Kind = null, Guid? MenuId = null, Guid? TeamId = null, bool WithStaffedQueues = false)
{
    public IReadOnlyCollection<QueueKey> AlsoQueues { get; init; } = [];
}

/// <summary>
/// Service level of a queue over a window: waits that ended by being answered or abandoned, those answered within the
/// service level, and the share (<see cref="ServiceLevels.Percent"/>; null when none ended so).
/// </summary>
public sealed record QueueServiceLevel(QueueKey Key, QueueMenu Menu, int Answered, int Abandoned, int WithinServiceLevel)
{
    public double? Percent => ServiceLevels.Percent(WithinServiceLevel, Answered + Abandoned);
}

/// <summary>The same for a queue group's menus together; <see cref="TargetPercent"/> is the group's aim.</summary>
public sealed record GroupServiceLevel(Guid Id, long NumericId, string Name, int ServiceLevelSeconds, int TargetPercent, int Answered, int Abandoned, int WithinServiceLevel)
{
    public double? Percent => ServiceLevels.Percent(WithinServiceLevel, Answered + Abandoned);
}
