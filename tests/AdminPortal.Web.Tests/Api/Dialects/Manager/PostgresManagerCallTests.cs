using AdminPortal.Domain.Data;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>The calls and chats of <see cref="ManagerCallTests"/> on a fresh PostgreSQL database (ADMINPORTAL_TEST_POSTGRES).</summary>
public sealed class PostgresManagerCallHost() : ManagerCallTests.Host(new AdminPortalHostOptions { DemoAgents = 0, Database = DatabaseProvider.Postgres })
{
    public override Task InitializeAsync() => PostgresTestCluster.IsConfigured ? base.InitializeAsync() : Task.CompletedTask;
}

/// <summary>Seed 004's calls, chats and queue status on PostgreSQL: lists, ranges of times and numbers, nulls, sorting.</summary>
public sealed class PostgresManagerCallTests(PostgresManagerCallHost host) : IClassFixture<PostgresManagerCallHost>
{
    private async Task<IReadOnlyList<string>> StatusesAsync(string url) =>
        [.. (await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync()).Select(c => c!["status"]!.GetValue<string>())];

    [PostgresFact]
    public async Task Calls_filter_by_lists_ranges_and_nulls_and_sort()
    {
        const string calls = "/manager/api/v1/calls?support_number[]=%2B15550001111";

        (await StatusesAsync($"{calls}&sort_column=queued_at&sort_direction=DESC")).ShouldBe(["queued", "failed", "finished"]);
        (await StatusesAsync($"{calls}&agent_id[]=11&hold_duration[from]=20&hold_duration[to]=20")).ShouldBe(["finished"]);
        (await StatusesAsync($"{calls}&agent_id[]=null&call_type[]=IncomingCallApp&call_fail_reason[]=eu_abandoned")).ShouldBe(["failed"]);
        (await StatusesAsync($"{calls}&queued_at[from]=2026-01-05T09:00:00Z&queued_at[to]=2026-01-05T09:05:00Z&call_status[]=finished&call_status[]=failed"))
            .ShouldBe(["finished", "failed"]);
    }

    [PostgresFact]
    public async Task Chats_filter_by_response_times_and_nulls_and_queues_wait()
    {
        const string chats = "/manager/api/v1/chats?end_user_id[]=777001";

        (await StatusesAsync($"{chats}&average_response_time[from]=9.5&message_count[to]=2")).ShouldBe(["finished"]);
        (await StatusesAsync($"{chats}&agent_id[]=null&chat_status[]=queued")).ShouldBe(["queued"]);
        var waiting = await (await host.Manager().GetAsync("/manager/api/v1/menus/current_status")).ShouldBeArrayAsync();
        waiting.Select(q => (q!["menu_id"]!.GetValue<long>(), q["comm_type"]!.GetValue<string>(), q["in_queue_count"]!.GetValue<int>()))
            .ShouldBe([(1693L, "Call", 1), (11L, "Chat", 1)], ignoreOrder: true);
    }
}
