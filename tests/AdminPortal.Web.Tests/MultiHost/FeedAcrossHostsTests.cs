using System.Collections.Concurrent;
using System.Net;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Tests.Api.Concurrency;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>Status changes through one host reach the boards of the other through PostgreSQL LISTEN/NOTIFY, once committed.</summary>
public sealed class FeedAcrossHostsTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private static StringContent Change(Guid agentId, string status) => Json(
        $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agentId}}", "source": "admin", "status": "{{status}}"} } }""",
        JsonApiMediaType);

    [PostgresFact]
    public async Task A_change_through_one_host_reaches_a_board_on_the_other_within_a_second()
    {
        await hosts.A.PutInStatusAsync(ApiHost.Trooper1Email, "Available");
        var trooper = await hosts.A.AgentAsync(ApiHost.Trooper1Email);
        var admin = await hosts.A.ClientForAsync(ApiHost.AdminEmail);
        using var boardOnB = new FeedRecorder(TwoHosts.FeedOf(hosts.B), trooper.OrganisationId);

        var response = await admin.PostAsync("/api/operator_statuses", Change(trooper.Id, "Break"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await boardOnB.ReceivesAsync(trooper.Id, "Break", TimeSpan.FromSeconds(1))).ShouldBeTrue("host B's board did not hear of the change within 1 s");
        boardOnB.Changes.Single(c => c.AgentId == trooper.Id).AgentName.ShouldBe(trooper.Name);
    }

    [PostgresFact]
    public async Task A_call_reported_to_one_host_moves_the_queues_and_the_agent_on_the_other()
    {
        await hosts.A.PutInStatusAsync("trooper2@empire.com", "Available");
        var trooper = await hosts.A.AgentAsync("trooper2@empire.com");
        var phone = hosts.A.WithOrganisationCredential(await hosts.A.CreateAsync($"Phone system {Guid.NewGuid():N}"));
        var queueEvents = new ConcurrentQueue<QueueChanged>();
        using var wallboardOnB = hosts.B.Services.GetRequiredService<IQueueFeed>().Subscribe(trooper.OrganisationId, change =>
        {
            queueEvents.Enqueue(change);
            return Task.CompletedTask;
        });
        using var boardOnB = new FeedRecorder(TwoHosts.FeedOf(hosts.B), trooper.OrganisationId);

        string[] events = ["""{"type": "queued", "menu_id": 11, "lang": "en"}""", """{"type": "offered", "agent_id": 20}""", """{"type": "connected"}"""];
        foreach (var body in events)
        {
            (await phone.PostAsync("/api/intake/calls/CA-MULTI-1/events", Json(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await boardOnB.ReceivesAsync(trooper.Id, "In-call", TimeSpan.FromSeconds(5))).ShouldBeTrue("host B's board did not see the agent take the call");
        (await FeedRecorder.UntilAsync(() => queueEvents.Count >= 3, TimeSpan.FromSeconds(5))).ShouldBeTrue("host B's wallboard missed queue events");
        queueEvents.Select(e => e.EventType).ShouldBe(["queued", "offered", "connected"]);
    }

    [PostgresFact]
    public Task A_rolled_back_atomic_batch_is_never_announced() =>
        RolledBackBatches.AreNeverAnnouncedAsync(hosts.A, TwoHosts.FeedOf(hosts.A), TwoHosts.FeedOf(hosts.B));

    [PostgresFact]
    public Task Fifty_parallel_changes_split_over_both_hosts_leave_a_contiguous_history() =>
        ParallelStatusChanges.LeaveContiguousHistoryAsync(hosts.A, ApiHost.Trooper5Email, otherHost: hosts.ClientOfB);

    [PostgresFact]
    public async Task A_dropped_feed_connection_reconnects_and_pages_refresh_once()
    {
        await hosts.A.PutInStatusAsync("trooper3@empire.com", "Available");
        var trooper = await hosts.A.AgentAsync("trooper3@empire.com");
        using var boardOnB = new FeedRecorder(TwoHosts.FeedOf(hosts.B), trooper.OrganisationId);

        var dropped = await hosts.A.QueryAsync(db => db.Database.SqlQuery<bool>($"""
            SELECT pg_terminate_backend(pid) AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = {Domain.Statuses.Feed.PostgresFeedListener.ApplicationName}
            """).ToListAsync());

        dropped.Count.ShouldBe(2);
        (await FeedRecorder.UntilAsync(() => boardOnB.Missed > 0, TimeSpan.FromSeconds(10))).ShouldBeTrue("the page was not told to refresh");
        var admin = await hosts.A.ClientForAsync(ApiHost.AdminEmail);
        (await admin.PostAsync("/api/operator_statuses", Change(trooper.Id, "Meal"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await boardOnB.ReceivesAsync(trooper.Id, "Meal", TimeSpan.FromSeconds(5))).ShouldBeTrue("the feed does not deliver after reconnecting");
        boardOnB.Missed.ShouldBe(1);
    }
}
