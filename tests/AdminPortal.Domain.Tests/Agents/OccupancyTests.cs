using AdminPortal.Domain.Agents.Profiles;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Agents;

/// <summary>Time-in-status totals per local day, and occupancy (handling / handling + available), without a database.</summary>
public sealed class OccupancyTests
{
    private static readonly Guid AvailableId = Guid.NewGuid();
    private static readonly Guid InCallId = Guid.NewGuid();
    private static readonly Guid WrapUpId = Guid.NewGuid();
    private static readonly Guid BreakId = Guid.NewGuid();
    private static readonly Guid OfflineId = Guid.NewGuid();

    private static StatusInterval Interval(Guid id, string from, string? to) => id switch
    {
        _ when id == AvailableId => new(id, "Available", "green", StatusCategory.Available, BuiltInStatuses.Available.BuiltInId, Utc(from), to is null ? null : Utc(to), "login"),
        _ when id == InCallId => new(id, "In-call", "light_blue", StatusCategory.Busy, BuiltInStatuses.InCall.BuiltInId, Utc(from), to is null ? null : Utc(to), "user_status_changed"),
        _ when id == WrapUpId => new(id, "Wrap-up", "purple", StatusCategory.Busy, BuiltInStatuses.WrapUp.BuiltInId, Utc(from), to is null ? null : Utc(to), "user_status_changed"),
        _ when id == BreakId => new(id, "Break", "yellow", StatusCategory.Away, BuiltInStatuses.Break.BuiltInId, Utc(from), to is null ? null : Utc(to), "user_status_changed"),
        _ => new(id, "Offline", "grey", StatusCategory.Offline, BuiltInStatuses.Offline.BuiltInId, Utc(from), to is null ? null : Utc(to), "logout"),
    };

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Fact]
    public void A_day_sums_each_status_and_occupancy_is_handling_over_handling_and_available()
    {
        StatusInterval[] day =
        [
            Interval(AvailableId, "2026-01-05 09:00", "2026-01-05 10:00"),
            Interval(InCallId, "2026-01-05 10:00", "2026-01-05 10:45"),
            Interval(WrapUpId, "2026-01-05 10:45", "2026-01-05 11:00"),
            Interval(BreakId, "2026-01-05 11:00", "2026-01-05 11:30"),
            Interval(OfflineId, "2026-01-05 11:30", "2026-01-06 09:00"),
        ];

        var totals = Occupancy.PerDay(day, TimeZoneInfo.Utc, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), Utc("2026-01-07 00:00")).ShouldHaveSingleItem();

        totals.ByStatus[AvailableId].ShouldBe(TimeSpan.FromHours(1));
        totals.ByStatus[InCallId].ShouldBe(TimeSpan.FromMinutes(45));
        totals.ByStatus[OfflineId].ShouldBe(TimeSpan.FromMinutes(12 * 60 + 30));
        totals.SignedIn.ShouldBe(TimeSpan.FromMinutes(150));
        totals.Handling.ShouldBe(TimeSpan.FromHours(1));
        totals.Occupancy.ShouldBe(0.5);
    }

    [Fact]
    public void Intervals_are_cut_at_local_midnight_and_an_open_one_runs_until_now()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        StatusInterval[] intervals = [Interval(AvailableId, "2026-01-05 22:00", null)];

        var totals = Occupancy.PerDay(intervals, paris, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6), Utc("2026-01-06 01:00"));

        // 22:00 UTC is 23:00 in Paris: one hour on the 5th, then two hours of the 6th until now (02:00 Paris)
        totals.Select(t => t.ByStatus.GetValueOrDefault(AvailableId)).ShouldBe([TimeSpan.FromHours(1), TimeSpan.FromHours(2)]);
        totals.Select(t => t.Occupancy).ShouldBe([0.0, 0.0]);
    }

    [Fact]
    public void A_day_without_handling_or_available_time_has_no_occupancy()
    {
        var totals = Occupancy.PerDay([Interval(BreakId, "2026-01-05 09:00", "2026-01-05 10:00")], TimeZoneInfo.Utc,
            new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6), Utc("2026-01-07 00:00"));

        totals.Select(t => t.Occupancy).ShouldBe([null, null]);
        totals[0].SignedIn.ShouldBe(TimeSpan.FromHours(1));
        totals[1].ByStatus.ShouldBeEmpty();
    }

    [Fact]
    public void A_day_that_starts_after_a_skipped_midnight_starts_at_its_first_valid_time()
    {
        // Chile's clocks jump from 00:00 to 01:00 on the first Sunday of September
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = Occupancy.StartOf(new DateOnly(2026, 9, 6), santiago);

        TimeZoneInfo.ConvertTimeFromUtc(start, santiago).ShouldBe(new DateTime(2026, 9, 6, 1, 0, 0));
    }
}
