using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Concurrency;

/// <summary>The host on a fresh PostgreSQL database (ADMINPORTAL_TEST_POSTGRES); nothing starts without it.</summary>
public sealed class PostgresApiHost() : ApiHost(new AdminPortalHostOptions { DemoAgents = 0, Database = DatabaseProvider.Postgres })
{
    public override Task InitializeAsync() => PostgresTestCluster.IsConfigured ? base.InitializeAsync() : Task.CompletedTask;
}

/// <summary>The status rules through the API on PostgreSQL.</summary>
public sealed class PostgresStatusTests(PostgresApiHost host) : IClassFixture<PostgresApiHost>
{
    [PostgresFact]
    public Task Fifty_parallel_changes_leave_a_contiguous_history() =>
        ParallelStatusChanges.LeaveContiguousHistoryAsync(host, ApiHost.Trooper5Email);

    [PostgresFact]
    public Task Twenty_parallel_offline_availabilities_write_one_logout() =>
        ParallelStatusChanges.OfflineTwentyTimesWritesOneLogoutAsync(host, "trooper6@empire.com");

    [PostgresFact]
    public Task Parallel_changes_with_the_same_if_match_let_one_through() =>
        ParallelStatusChanges.SameIfMatchLetsOneChangeThroughAsync(host, "trooper3@empire.com");

    [PostgresFact]
    public Task Change_closes_the_open_interval_opens_the_next_and_is_published() =>
        OperatorStatuses.StatusChangeEffects.ChangeClosesAndOpensIntervalsAndIsPublishedAsync(host, "trooper2@empire.com");

    [PostgresFact]
    public Task System_changes_to_and_from_offline_are_a_logout_and_a_login() =>
        OperatorStatuses.StatusChangeEffects.SystemChangesToAndFromOfflineAreLogoutAndLoginAsync(host, "trooper7@empire.com");

    [PostgresFact]
    public async Task Can_create_with_the_seed_000_request()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.VaderEmail);

        var response = await client.PostAsync("/api/operator_statuses?include=sip_user,changed_by_user,organisation", Json(
            $$"""{"data": {"attributes": {"sip_user_id": "{{vader.Id}}", "source": "widget", "status": "available"}, "relationships": {}, "type": "OperatorStatus"} }""",
            JsonApiMediaType));

        var document = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        document["data"]!["attributes"]!["agent_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        document["data"]!["relationships"]!["sip_user"]!["data"]!["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        document["included"]!.AsArray().Count.ShouldBe(2);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    [PostgresFact]
    public async Task Bulk_change_applies_each_rule_with_its_message()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");
        var ids = new List<Guid>();
        foreach (var email in new[] { ApiHost.VaderEmail, ApiHost.CraigEmail, ApiHost.RaymondEmail })
        {
            ids.Add((await host.AgentAsync(email)).Id);
        }

        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var changed = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Available", "agent_ids": ["{{ids[0]}}", "{{ids[1]}}", "{{ids[2]}}"], "team_ids": []}"""));
        var napping = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Napping", "agent_ids": ["{{ids[0]}}"]}"""));
        var inCall = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "In-call", "agent_ids": ["{{ids[0]}}"]}"""));

        var messages = (await changed.ShouldBeOkAsync()).AsArray().ToDictionary(r => r!["email"]!.GetValue<string>(), r => r!["message"]?.GetValue<string>());
        messages[ApiHost.VaderEmail].ShouldBeNull();
        messages[ApiHost.CraigEmail].ShouldBe("Agent can't be changed from system status 'In-call'");
        messages[ApiHost.RaymondEmail].ShouldBe("Agent's status can't be changed if they are offline or logged out");
        napping.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await napping.JsonAsync())["message"]!.GetValue<string>().ShouldBe("status 'Napping' does not exist");
        (await inCall.JsonAsync())["message"]!.GetValue<string>().ShouldBe("Agent can't be changed to system status 'In-call'");
        (await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().CountAsync(a => a.Status!.Name == "In-call" && a.Id == ids[1]))).ShouldBe(1);
    }
}
