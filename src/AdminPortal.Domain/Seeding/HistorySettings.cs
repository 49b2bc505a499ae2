namespace AdminPortal.Domain.Seeding;

/// <summary>How much activity history to make for each agent.</summary>
public sealed record HistorySettings
{
    /// <summary>Days of history up to now (the last day is today).</summary>
    public int Days { get; init; } = 30;

    /// <summary>Status intervals between the login and the logout of one shift (bounded so history stays small).</summary>
    public int SegmentsPerShift { get; init; } = 8;

    /// <summary>Status changes (operator statuses) are recorded for this many most recent days.</summary>
    public int OperatorStatusDays { get; init; } = 30;

    public required DateTime Now { get; init; }

    public int Seed { get; init; } = 2026;
}
