using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Tests.Support;

namespace AdminPortal.Domain.Tests.Statuses;

internal static class HistoryAssertions
{
    /// <summary>Each interval ends exactly where the next starts, durations match, and only the last one is open.</summary>
    public static void ShouldBeContiguous(IReadOnlyList<AgentActivityLog> activity)
    {
        activity.Count(l => l.EndedAt is null).ShouldBe(1);
        activity[^1].EndedAt.ShouldBeNull();
        for (var i = 0; i < activity.Count - 1; i++)
        {
            var interval = activity[i];
            interval.EndedAt.ShouldBe(activity[i + 1].StartedAt, $"interval {i} must end where interval {i + 1} starts");
            interval.EndedAt!.Value.ShouldBeGreaterThan(interval.StartedAt, $"interval {i} must not be empty or reversed");
            interval.Duration!.Value.ShouldBe((interval.EndedAt.Value - interval.StartedAt).TotalSeconds, 0.001);
        }
    }

    public static async Task ShouldBeConsistentAsync(OrganisationScenario scenario, Agent agent, int expectedChanges)
    {
        var activity = await scenario.ActivityOfAsync(agent);
        var rows = await scenario.StatusRowsOfAsync(agent);
        var reloaded = await scenario.ReloadAsync(agent);

        rows.Count.ShouldBe(expectedChanges);
        activity.Count.ShouldBe(expectedChanges + 1);
        ShouldBeContiguous(activity);
        rows.Select(r => r.CreatedAt).Distinct().Count().ShouldBe(expectedChanges);
        reloaded.StatusId.ShouldBe(rows[^1].UserStatusId);
        activity[^1].StatusId.ShouldBe(reloaded.StatusId);
        reloaded.StatusUpdatedAt.ShouldBe(rows[^1].CreatedAt);
    }
}
