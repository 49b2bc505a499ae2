using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Concurrency;

/// <summary>
/// Parallel requests on one agent: 50 changes through <c>POST /api/operator_statuses</c> are never interleaved; 20 parallel
/// <c>PUT /api/v1/agents/me/availability {"status": "offline"}</c> write one logout; parallel changes carrying the same
/// <c>If-Match</c> let exactly one through (the others answer 412), since each is checked under the agent's lock.
/// </summary>
public static class ParallelStatusChanges
{
    private static readonly string[] Statuses = ["Break", "Available", "Meal", "Unavailable", "Special Task"];

    /// <summary>With <paramref name="otherHost"/> (a client of another host on the same database), every other change goes there.</summary>
    public static async Task LeaveContiguousHistoryAsync(ApiHost host, string agentEmail, int changes = 50, Func<string, HttpClient>? otherHost = null)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var other = otherHost?.Invoke(await host.TokenForAsync(ApiHost.AdminEmail)) ?? client;
        var before = DateTime.UtcNow.AddSeconds(-1);

        var responses = await Task.WhenAll(Enumerable.Range(0, changes).Select(i => (i % 2 == 0 ? client : other).PostAsync("/api/operator_statuses", Json(
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

    public static async Task OfflineTwentyTimesWritesOneLogoutAsync(ApiHost host, string agentEmail)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var client = await host.ClientForAsync(agentEmail);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.PutAsync("/api/v1/agents/me/availability", Json("""{"status": "offline"}"""))));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var (logouts, rows) = await host.QueryAsync(async db => (
            await db.AgentActivityLogs.IgnoreQueryFilters().CountAsync(l => l.AgentId == agent.Id && l.Activity == "logout" && l.StartedAt >= before),
            await db.OperatorStatuses.IgnoreQueryFilters().CountAsync(o => o.SipUserId == agent.Id && o.CreatedAt >= before)));
        logouts.ShouldBe(1);
        rows.ShouldBe(1);
        (await host.StatusOfAsync(agentEmail)).ShouldBe("Offline");
    }

    public static async Task SameIfMatchLetsOneChangeThroughAsync(ApiHost host, string agentEmail)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var etag = (await client.GetAsync($"/api/agents/{agent.Id}")).Headers.ETag!.Tag;
        var before = DateTime.UtcNow.AddSeconds(-1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/operator_statuses")
            {
                Content = Json($$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agent.Id}}", "source": "admin", "status": "Break"} } }""", JsonApiMediaType),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return client.SendAsync(request);
        }));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.Created, .. Enumerable.Repeat(HttpStatusCode.PreconditionFailed, 9)]);
        var rows = await host.QueryAsync(db => db.OperatorStatuses.IgnoreQueryFilters().CountAsync(o => o.SipUserId == agent.Id && o.CreatedAt >= before));
        rows.ShouldBe(1);
        (await host.StatusOfAsync(agentEmail)).ShouldBe("Break");
    }
}

public sealed class ParallelStatusChangeTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public Task Fifty_parallel_changes_leave_a_contiguous_history() =>
        ParallelStatusChanges.LeaveContiguousHistoryAsync(host, ApiHost.Trooper1Email);

    [Fact]
    public Task Twenty_parallel_offline_availabilities_write_one_logout() =>
        ParallelStatusChanges.OfflineTwentyTimesWritesOneLogoutAsync(host, "trooper6@empire.com");

    [Fact]
    public Task Parallel_changes_with_the_same_if_match_let_one_through() =>
        ParallelStatusChanges.SameIfMatchLetsOneChangeThroughAsync(host, "trooper7@empire.com");
}
