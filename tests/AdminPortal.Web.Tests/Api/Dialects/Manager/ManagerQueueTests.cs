using System.Globalization;
using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>
/// Seed 004's live reads from the live queues, fed by the intake as a phone system would: <c>menus/current_status</c>,
/// <c>menus/sla</c>, <c>menus/sla_by_queue_groups</c>, and the holds of <c>agents/current_status</c>.
/// </summary>
public sealed class ManagerQueueTests(DialectHost host) : IClassFixture<DialectHost>
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public async Task Current_status_lists_each_menu_language_and_channel_where_someone_waits_as_the_seeds_example()
    {
        var oldest = Now.AddSeconds(-90);
        await EventAsync("calls/CS-1", "queued", oldest, """ "menu_id": 1693 """);
        await EventAsync("calls/CS-2", "queued", Now.AddSeconds(-30), """ "menu_id": 1693 """);
        await EventAsync("chats/CS-3", "queued", Now.AddSeconds(-10), """ "menu_id": 1693 """);

        var queues = await (await host.Manager().GetAsync("/manager/api/v1/menus/current_status")).ShouldBeArrayAsync();
        var alias = await (await host.Manager().GetAsync("/apps/api/v1/menu/current_status")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(queues, ManagerSeedExamples.MenusCurrentStatus);
        var calls = queues.Single(q => q!["comm_type"]!.GetValue<string>() == "Call")!;
        (calls["menu_id"]!.GetValue<long>(), calls["menu_path_id"]!.GetValue<long>(), calls["menu_path"]!.GetValue<string>(), calls["lang"]!.GetValue<string>())
            .ShouldBe((1693L, 1693L, "Death Star", "en"));
        calls["in_queue_count"]!.GetValue<int>().ShouldBe(2);
        calls["oldest_in_queue"]!.GetValue<string>().ShouldBe(oldest.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        calls["oldest_duration_in_queue"]!.GetValue<int>().ShouldBeInRange(89, 150);
        calls["total_queue_duration"]!.GetValue<int>().ShouldBeInRange(119, 240);
        calls["average_queue_duration"]!.GetValue<int>().ShouldBeInRange(59, 120);
        queues.Single(q => q!["comm_type"]!.GetValue<string>() == "Chat")!["in_queue_count"]!.GetValue<int>().ShouldBe(1);
        alias.Count.ShouldBe(queues.Count);
    }

    [Fact]
    public async Task Sla_counts_the_answered_within_the_service_level_over_answered_and_abandoned_per_menu_path_and_per_queue_group()
    {
        // Death Star's service level is the organisation's 20 s: one call answered after 5 s, one after 100 s, one abandoned after 12 s
        var start = Now.AddMinutes(-10);
        await AnsweredAsync("SLA-1", start, waited: 5);
        await AnsweredAsync("SLA-2", start.AddSeconds(120), waited: 100);
        await EventAsync("calls/SLA-3", "queued", start.AddSeconds(300), """ "menu_id": 1693 """);
        await EventAsync("calls/SLA-3", "abandoned", start.AddSeconds(312));
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var menu = (await (await admin.GetAsync("/api/menus?filter=equals(numeric_id,'1693')")).ShouldBeOkAsync())["data"]![0]!["id"]!.GetValue<string>();
        var group = (await (await admin.PostAsync("/api/queue_groups", Json("""
            {"data": {"type": "QueueGroup", "attributes": {"name": "Dialect escalations"},
             "relationships": {"menus": {"data": [{"type": "Menu", "id": "MENU"}]}}}}
            """.Replace("MENU", menu, StringComparison.Ordinal), JsonApiMediaType))).ShouldBeOkAsync(HttpStatusCode.Created))["data"]!["attributes"]!["numeric_id"]!.GetValue<long>();
        await admin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "Dialect quiet"}}}""", JsonApiMediaType));

        var calls = await (await host.Manager().GetAsync("/manager/api/v1/menus/sla?channel=call&minutes=15")).ShouldBeArrayAsync();
        var chats = await (await host.Manager().GetAsync("/manager/api/v1/menus/sla?channel=chat&minutes=15")).ShouldBeArrayAsync();
        var earlier = await (await host.Manager().GetAsync("/manager/api/v1/menus/sla?channel=call&minutes=4")).ShouldBeArrayAsync();
        var groups = await (await host.Manager().GetAsync("/manager/api/v1/menus/sla_by_queue_groups?channel=call&minutes=15")).ShouldBeArrayAsync();
        var singular = await (await host.Manager().GetAsync("/apps/api/v1/menu/sla_by_queue_group?channel=call&minutes=15")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(calls, ManagerSeedExamples.MenuSla);
        var deathStar = calls.Single(s => s!["menu_path_id"]!.GetValue<long>() == 1693)!;
        (deathStar["lang"]!.GetValue<string>(), deathStar["menu_path"]!.GetValue<string>(), deathStar["sla"]!.GetValue<double>()).ShouldBe(("en", "Death Star", 33.3));
        chats.ShouldBeEmpty();
        earlier.ShouldBeEmpty("the last wait ended 288 s ago");
        SeedShape.ShouldMatch(groups, ManagerSeedExamples.QueueGroupsSla);
        groups.Single(g => g!["queue_group_id"]!.GetValue<long>() == group)!["sla"]!.GetValue<double>().ShouldBe(33.3);
        groups.Single(g => g!["queue_group_name"]!.GetValue<string>() == "Dialect quiet")!["sla"].ShouldBeNull();
        singular.ToJsonString().ShouldBe(groups.ToJsonString());
    }

    [Theory]
    [InlineData("/manager/api/v1/menus/sla?minutes=15", "channel is required.")]
    [InlineData("/manager/api/v1/menus/sla?channel=call", "minutes is required.")]
    [InlineData("/manager/api/v1/menus/sla?channel=fax&minutes=15", "channel must be one of call, chat; 'fax' is not.")]
    [InlineData("/manager/api/v1/menus/sla_by_queue_groups?channel=chat&minutes=0", "minutes must be a whole number from 1 to 10080; '0' is not.")]
    [InlineData("/manager/api/v1/menus/sla_by_queue_groups?channel=chat&minutes=abc", "minutes must be a whole number; 'abc' is not.")]
    [InlineData("/manager/api/v1/menus/current_status?channel=call", "'channel' is not a parameter of this endpoint; it takes none.")]
    public async Task A_malformed_parameter_answers_400_with_the_message(string url, string message)
    {
        var response = await host.Manager().GetAsync(url);

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe(message);
    }

    [Fact]
    public async Task An_agent_may_not_read_queue_reports()
    {
        var agent = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await agent.GetAsync("/manager/api/v1/menus/current_status");

        (await response.ShouldBeMessageAsync(HttpStatusCode.Forbidden)).ShouldBe("Only admins, supervisors and organisation credentials read the organisation's directory.");
    }

    [Fact]
    public async Task Current_status_of_agents_shows_a_call_on_hold_and_for_how_long()
    {
        await EventAsync("calls/HOLD-1", "queued", Now.AddSeconds(-60), """ "menu_id": 1693 """);
        await EventAsync("calls/HOLD-1", "connected", Now.AddSeconds(-50), """ "agent_id": 11 """);
        await EventAsync("calls/HOLD-1", "held", Now.AddSeconds(-30));

        var held = await (await host.Manager().GetAsync("/manager/api/v1/agents/current_status?id[]=11")).ShouldBeArrayAsync();
        await EventAsync("calls/HOLD-1", "resumed");
        var resumed = await (await host.Manager().GetAsync("/manager/api/v1/agents/current_status?id[]=11")).ShouldBeArrayAsync();
        await EventAsync("calls/HOLD-1", "ended");
        await EventAsync("calls/HOLD-1", "wrap_up_ended");

        SeedShape.ShouldMatch(held, ManagerSeedExamples.AgentsCurrentStatus);
        (held.Single()!["on_hold"]!.GetValue<bool>(), held.Single()!["status"]!.GetValue<string>()).ShouldBe((true, "In-call"));
        held.Single()!["on_hold_duration"]!.GetValue<int>().ShouldBeInRange(29, 90);
        (resumed.Single()!["on_hold"]!.GetValue<bool>(), resumed.Single()!["on_hold_duration"]!.GetValue<int>()).ShouldBe((false, 0));
    }

    private async Task AnsweredAsync(string call, DateTime queuedAt, int waited)
    {
        await EventAsync($"calls/{call}", "queued", queuedAt, """ "menu_id": 1693 """);
        await EventAsync($"calls/{call}", "connected", queuedAt.AddSeconds(waited), """ "agent_id": 11 """);
        await EventAsync($"calls/{call}", "ended", queuedAt.AddSeconds(waited + 30));
        await EventAsync($"calls/{call}", "wrap_up_ended", queuedAt.AddSeconds(waited + 40));
    }

    private async Task EventAsync(string contact, string type, DateTime? at = null, string members = "")
    {
        var time = at is { } when ? $""", "occurred_at": "{when:O}" """ : "";
        var extra = members.Length == 0 ? "" : $", {members}";
        var response = await host.Manager().PostAsync($"/api/intake/{contact}/events", Json($$"""{"type": "{{type}}"{{time}}{{extra}}}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{contact} {type}: {await response.Content.ReadAsStringAsync()}");
    }
}
