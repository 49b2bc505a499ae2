using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>The service level a menu is measured against: seconds and the target share (percent).</summary>
public sealed record ServiceLevel(int Seconds, int TargetPercent);

/// <summary>
/// Where a menu's service level comes from: its own seconds, else its queue group's, else the organisation's; the target
/// percent is the group's, else the organisation's. A wait is within the service level when it lasted at most that many
/// seconds (to the microsecond) and ended by being answered.
/// </summary>
public static class ServiceLevels
{
    public static ServiceLevel Of(int? menuSeconds, QueueGroup? group, Organisation organisation) => new(
        menuSeconds ?? group?.ServiceLevelSeconds ?? organisation.ServiceLevelSeconds,
        group?.ServiceLevelTargetPercent ?? organisation.ServiceLevelTargetPercent);

    public static bool Within(DateTime startedAt, DateTime endedAt, WaitOutcome outcome, int seconds) =>
        outcome == WaitOutcome.Answered && (endedAt - startedAt).TotalSeconds <= seconds;

    /// <summary>
    /// The SLA of a set of waits: 100 × answered within the service level ÷ waits that ended by being answered or abandoned,
    /// rounded to one decimal; null when no wait ended so.
    /// </summary>
    public static double? Percent(int withinServiceLevel, int answeredOrAbandoned) =>
        answeredOrAbandoned == 0 ? null : Math.Round(100.0 * withinServiceLevel / answeredOrAbandoned, 1, MidpointRounding.AwayFromZero);

    /// <summary>The seed 004 service_level_event of a contact's first wait: in_sla, not_in_sla, or excluded (not ended by an answer or an abandon).</summary>
    public static string EventOf(WaitOutcome? outcome, bool? within) => outcome switch
    {
        WaitOutcome.Answered or WaitOutcome.Abandoned => within == true ? "in_sla" : "not_in_sla",
        _ => "excluded",
    };
}
