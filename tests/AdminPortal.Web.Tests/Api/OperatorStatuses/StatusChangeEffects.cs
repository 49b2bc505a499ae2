using System.Collections.Concurrent;
using System.Net;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.OperatorStatuses;

/// <summary>
/// What one <c>POST /api/operator_statuses</c> (by the agent's supervisor) leaves behind: the agent's status and status_updated_at, the closed interval
/// (ended_at, duration), the next one (activity, whodunnit, status), the change on the in-process feed; system changes
/// to and from Offline are a logout and a login.
/// </summary>
public static class StatusChangeEffects
{
    private static StringContent Change(Guid agentId, string status, string source) => Json(
        $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agentId}}", "status": "{{status}}", "source": "{{source}}"} } }""",
        JsonApiMediaType);

    public static async Task ChangeClosesAndOpensIntervalsAndIsPublishedAsync(ApiHost host, string agentEmail)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var tarkin = await host.AgentAsync(ApiHost.TarkinEmail);
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);
        (await client.PostAsync("/api/operator_statuses", Change(agent.Id, "Unavailable", "admin"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var published = new ConcurrentQueue<AgentStatusChanged>();
        using var subscription = host.Services.GetRequiredService<IStatusFeed>().Subscribe(agent.OrganisationId, change =>
        {
            published.Enqueue(change);
            return Task.CompletedTask;
        });
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await client.PostAsync("/api/operator_statuses", Change(agent.Id, "Break", "admin"));

        await response.ShouldBeOkAsync(HttpStatusCode.Created);
        var (updatedAt, closed, opened) = await host.QueryAsync(async db =>
        {
            var logs = await db.AgentActivityLogs.IgnoreQueryFilters().AsNoTracking()
                .Where(l => l.AgentId == agent.Id).OrderByDescending(l => l.StartedAt).Take(2)
                .Select(l => new { l.Activity, l.StartedAt, l.EndedAt, l.Duration, l.WhodunnitId, Status = l.Status!.Name })
                .ToListAsync();
            var statusUpdatedAt = await db.Agents.IgnoreQueryFilters().Where(a => a.Id == agent.Id).Select(a => a.StatusUpdatedAt).SingleAsync();
            return (statusUpdatedAt, logs[1], logs[0]);
        });
        (await host.StatusOfAsync(agentEmail)).ShouldBe("Break");
        updatedAt.ShouldBeGreaterThan(before);
        closed.Status.ShouldBe("Unavailable");
        closed.EndedAt.ShouldBe(opened.StartedAt);
        closed.Duration!.Value.ShouldBe((closed.EndedAt!.Value - closed.StartedAt).TotalSeconds, 0.001);
        opened.Activity.ShouldBe("user_status_changed");
        opened.Status.ShouldBe("Break");
        opened.WhodunnitId.ShouldBe(tarkin.Id);
        opened.EndedAt.ShouldBeNull();
        // on PostgreSQL the change comes back through LISTEN/NOTIFY, a moment after the answer
        for (var waited = 0; waited < 50 && !published.Any(c => c.AgentId == agent.Id && c.StatusName == "Break"); waited++)
        {
            await Task.Delay(100);
        }

        published.ShouldContain(c => c.AgentId == agent.Id && c.StatusName == "Break" && c.Source == StatusSource.Admin);
    }

    public static async Task SystemChangesToAndFromOfflineAreLogoutAndLoginAsync(ApiHost host, string agentEmail)
    {
        await host.PutInStatusAsync(agentEmail, "Available");
        var agent = await host.AgentAsync(agentEmail);
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        (await client.PostAsync("/api/operator_statuses", Change(agent.Id, "Offline", "system"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var afterLogout = await LatestActivityAsync(host, agent.Id);
        (await client.PostAsync("/api/operator_statuses", Change(agent.Id, "Available", "system"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var afterLogin = await LatestActivityAsync(host, agent.Id);

        afterLogout.ShouldBe(("logout", "Offline", (Guid?)admin.Id));
        afterLogin.Activity.ShouldBe("login");
        afterLogin.Status.ShouldBe("Available");
        (await host.StatusOfAsync(agentEmail)).ShouldBe("Available");
    }

    private static Task<(string Activity, string Status, Guid? Whodunnit)> LatestActivityAsync(ApiHost host, Guid agentId) => host.QueryAsync(async db =>
    {
        var log = await db.AgentActivityLogs.IgnoreQueryFilters().AsNoTracking().Where(l => l.AgentId == agentId)
            .OrderByDescending(l => l.StartedAt).Select(l => new { l.Activity, Status = l.Status!.Name, l.WhodunnitId }).FirstAsync();
        return (log.Activity, log.Status, log.WhodunnitId);
    });
}

public sealed class StatusChangeEffectsTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public Task Change_closes_the_open_interval_opens_the_next_and_is_published() =>
        StatusChangeEffects.ChangeClosesAndOpensIntervalsAndIsPublishedAsync(host, "trooper2@empire.com");

    [Fact]
    public Task System_changes_to_and_from_offline_are_a_logout_and_a_login() =>
        StatusChangeEffects.SystemChangesToAndFromOfflineAreLogoutAndLoginAsync(host, "trooper3@empire.com");
}
