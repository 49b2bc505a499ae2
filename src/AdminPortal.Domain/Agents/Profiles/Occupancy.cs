using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Agents.Profiles;

/// <summary>A stretch of an agent's time in one status (an activity interval); open while <see cref="EndedAt"/> is null.</summary>
public sealed record StatusInterval(Guid StatusId, string StatusName, string StatusColor, StatusCategory Category, int? BuiltInId, DateTime StartedAt, DateTime? EndedAt, string Activity)
{
    /// <summary>In a call, a chat or its wrap-up: time spent on contacts.</summary>
    public bool IsHandling => BuiltInId == BuiltInStatuses.InCall.BuiltInId || BuiltInId == BuiltInStatuses.InChat.BuiltInId
        || BuiltInId == BuiltInStatuses.WrapUp.BuiltInId;
}

/// <summary>
/// One local day of an agent: time in each status (by status id), signed-in time (every status but the offline ones),
/// and occupancy: the share of handling time (calls, chats, wrap-up) in handling plus available time, null without either.
/// </summary>
public sealed record DayTotals(DateOnly Day, IReadOnlyDictionary<Guid, TimeSpan> ByStatus, TimeSpan SignedIn, TimeSpan Handling, TimeSpan Available)
{
    public double? Occupancy => Handling + Available > TimeSpan.Zero ? Handling / (Handling + Available) : null;
}

/// <summary>Time-in-status totals per day, in a time zone: each interval is cut at local midnights; an open one runs until now.</summary>
public static class Occupancy
{
    public static IReadOnlyList<DayTotals> PerDay(IEnumerable<StatusInterval> intervals, TimeZoneInfo zone, DateOnly firstDay, DateOnly lastDay, DateTime now)
    {
        var days = new List<DayTotals>();
        var list = intervals.ToList();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var (start, end) = (StartOf(day, zone), StartOf(day.AddDays(1), zone));
            var byStatus = new Dictionary<Guid, TimeSpan>();
            TimeSpan signedIn = TimeSpan.Zero, handling = TimeSpan.Zero, available = TimeSpan.Zero;
            foreach (var interval in list)
            {
                var from = Max(interval.StartedAt, start);
                var to = Min(interval.EndedAt ?? now, end);
                if (to <= from)
                {
                    continue;
                }

                var length = to - from;
                byStatus[interval.StatusId] = byStatus.GetValueOrDefault(interval.StatusId) + length;
                if (interval.Category != StatusCategory.Offline)
                {
                    signedIn += length;
                }

                if (interval.IsHandling)
                {
                    handling += length;
                }
                else if (interval.Category == StatusCategory.Available)
                {
                    available += length;
                }
            }

            days.Add(new DayTotals(day, byStatus, signedIn, handling, available));
        }

        return days;
    }

    /// <summary>The UTC instant a local day starts at (the first valid local time of the day when midnight is skipped).</summary>
    public static DateTime StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
