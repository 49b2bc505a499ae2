using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>The dialects' host on a fresh PostgreSQL database (ADMINPORTAL_TEST_POSTGRES); nothing starts without it.</summary>
public sealed class PostgresDialectHost() : DialectHost(new AdminPortalHostOptions { DemoAgents = 0, Database = DatabaseProvider.Postgres })
{
    public override Task InitializeAsync() => PostgresTestCluster.IsConfigured ? base.InitializeAsync() : Task.CompletedTask;
}

/// <summary>Every query family of the seed dialects on PostgreSQL: lists, ranges of times and numbers, nulls, trees, paging, sorting, the seed 002 writes.</summary>
public sealed class PostgresDialectTests(PostgresDialectHost host) : IClassFixture<PostgresDialectHost>
{
    private async Task<IReadOnlyList<long>> IdsAsync(string url, string member = "id") =>
        (await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync()).Ids(member);

    [PostgresFact]
    public async Task Agent_filters_ranges_paging_and_sorting()
    {
        var login = new DateTime(2021, 5, 10, 17, 45, 1, DateTimeKind.Utc);
        await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == ApiHost.VaderEmail).ExecuteUpdateAsync(a => a.SetProperty(x => x.LastLoginTime, login)));

        (await IdsAsync("/manager/api/v1/agents?id[]=12&id[]=11")).ShouldBe([11, 12]);
        (await IdsAsync("/manager/api/v1/agents?online[]=false&location[]=Nelson%20Office")).ShouldBe([1, 13, 81]);
        (await IdsAsync("/manager/api/v1/agents?last_login_time[from]=2021-05-10T17:45:00Z&last_login_time[to]=2021-05-10T17:46:00Z")).ShouldBe([11]);
        (await IdsAsync("/manager/api/v1/agents?sort_column=email&sort_direction=DESC&per=1&page=1")).Count.ShouldBe(1);
        (await IdsAsync("/apps/api/v1/agents/current_status?status_id[]=-7")).ShouldBe([12]);
    }

    [PostgresFact]
    public async Task Trees_lists_and_single_reads()
    {
        (await IdsAsync("/manager/api/v1/teams?parent_id[]=null&agents_count[from]=4")).ShouldBe([10, 147]);
        (await IdsAsync("/manager/api/v1/menus/tree?lang[]=it")).ShouldBe([1693]);
        (await IdsAsync("/manager/api/v1/menus?menu_type[]=web_menu&hidden[]=false")).ShouldBe([2028]);
        (await (await host.Manager().GetAsync("/manager/api/v1/teams/11")).ShouldBeJsonAsync())["assignees"]!.AsArray().Ids().ShouldBe([19, 20, 21]);
        (await IdsAsync("/manager/api/v1/user_statuses?wfm_id[from]=33&wfm_id[to]=35")).ShouldBe([-6, -7, -8]);
        var tree = await (await host.Manager().GetAsync("/manager/api/v1/teams/tree")).ShouldBeArrayAsync();
        tree.Single(t => t!["id"]!.GetValue<long>() == 147)!["children"]!.AsArray().Count.ShouldBe(2);
    }

    [PostgresFact]
    public async Task Activity_log_ranges_on_times_and_durations()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");
        var since = DateTime.UtcNow.AddSeconds(-5);
        await host.Manager().PostAsync("/apps/api/v1/agent_statuses", Json("""{"status": "Available", "agent_ids": [19], "team_ids": []}"""));

        var logs = await (await host.Manager().GetAsync($"/manager/api/v1/agent_activity_logs?agent_id[]=19&started_at[from]={since:O}&duration[to]=0&whodunnit_id[]=null")).ShouldBeArrayAsync();

        logs.Single()!["activity"]!.GetValue<string>().ShouldBe("user_status_changed");
        logs.Single()!["ended_at"].ShouldBeNull();
        logs.Single()!["status"]!["name"]!.GetValue<string>().ShouldBe("Available");
    }

    [PostgresFact]
    public async Task Seed_002_changes_and_reads_by_integer_ids()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");

        var change = await host.Manager().PostAsync("/apps/api/v1/agent_statuses", Json("""{"status": "Available", "agent_ids": [11, 12], "team_ids": [1]}"""));
        var read = await host.Manager().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/apps/api/v1/agent_statuses") { Content = Json("""{"agent_ids": [11, 12], "team_ids": [1]}""") });
        var napping = await host.Manager().PostAsync("/apps/api/v1/agent_statuses", Json("""{"status": "Napping", "agent_ids": [11, 12], "team_ids": []}"""));

        (await change.ShouldBeArrayAsync()).Ids("agent_id").ShouldBe([11, 12, 13]);
        (await read.ShouldBeArrayAsync()).Select(r => r!["status"]!.GetValue<string>()).ShouldBe(["Available", "In-call", "Offline"]);
        (await napping.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe("status 'Napping' does not exist");
    }
}
