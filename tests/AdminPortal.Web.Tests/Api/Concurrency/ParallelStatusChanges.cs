using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Concurrency;

/// <summary>50 parallel changes of one agent through <c>POST /api/operator_statuses</c>: never interleaved.</summary>
public static class ParallelStatusChanges
{
    private static readonly string[] Statuses = ["Break", "Available", "Meal", "Unavailable", "Special Task"];

    public static async Task LeaveContiguousHistoryAsync(ApiHost host, string agentEmail, int changes = 50)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var responses = await Task.WhenAll(Enumerable.Range(0, changes).Select(i => client.PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agent.Id}}", "source": "admin", "status": "{{Statuses[i % Statuses.Length]}}"} } }""",
            JsonApiMediaType))));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var (intervals, rows, currentStatusId) = await host.QueryAsync(async db =>
        {
            var logs = await db.AgentActivityLogs.IgnoreQueryFilters().AsNoTracking()
                .Where(l => l.AgentId == agent.Id && l.Activity == "user_status_changed" && l.StartedAt >= before)
                .OrderBy(l => l.StartedAt).ThenBy(l => l.Id)
                .Select(l => new { l.StartedAt, l.EndedAt, l.StatusId })
                .ToListAsync();
            var statusRows = await db.OperatorStatuses.IgnoreQueryFilters().AsNoTracking()
                .Where(o => o.SipUserId == agent.Id && o.CreatedAt >= before)
                .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
                .Select(o => o.UserStatusId)
                .ToListAsync();
            var current = await db.Agents.IgnoreQueryFilters().Where(a => a.Id == agent.Id).Select(a => a.StatusId).SingleAsync();
            return (logs.Select(l => (l.StartedAt, l.EndedAt, l.StatusId)).ToList(), statusRows, current);
        });

        rows.Count.ShouldBe(changes);
        intervals.Count.ShouldBe(changes);
        for (var i = 0; i < intervals.Count - 1; i++)
        {
            intervals[i].EndedAt.ShouldNotBeNull();
            intervals[i].EndedAt!.Value.ShouldBe(intervals[i + 1].StartedAt, $"interval {i} must end where the next begins");
        }

        intervals[^1].EndedAt.ShouldBeNull();
        intervals[^1].StatusId.ShouldBe(currentStatusId);
        rows[^1].ShouldBe(currentStatusId);
    }
}

public sealed class ParallelStatusChangeTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public Task Fifty_parallel_changes_leave_a_contiguous_history() =>
        ParallelStatusChanges.LeaveContiguousHistoryAsync(host, ApiHost.Trooper1Email);
}
