using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

/// <summary><c>numeric_id</c> on the wire: the seed examples' ids in the demo, filterable, sortable, never written by clients.</summary>
public sealed class NumericIdResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Filters_agents_by_the_seed_002_ids()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.GetAsync("/api/agents?filter=any(numeric_id,'11','12','13')&sort=numeric_id&fields[Agent]=name,numeric_id");

        var agents = (await response.ShouldBeOkAsync())["data"]!.AsArray();
        agents.Select(a => (a!["attributes"]!["numeric_id"]!.GetValue<long>(), a["attributes"]!["name"]!.GetValue<string>()))
            .ShouldBe([(11, "Darth Vader"), (12, "Craig T"), (13, "Raymond D")]);
    }

    [Fact]
    public async Task Team_one_holds_Raymond_D_as_in_seed_002()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.GetAsync("/api/teams?filter=equals(numeric_id,'1')&include=agents&fields[Agent]=numeric_id");

        var document = await response.ShouldBeOkAsync();
        document["data"]!.AsArray().Single()!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Nelson Support");
        document["included"]!.AsArray().Select(a => a!["attributes"]!["numeric_id"]!.GetValue<long>()).Order().ShouldBe([12L, 13L]);
    }

    [Fact]
    public async Task Sorts_by_numeric_id_both_ways()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var ascending = await (await admin.GetAsync("/api/user_statuses?sort=numeric_id&fields[UserStatus]=numeric_id&page[size]=3")).ShouldBeOkAsync();
        var descending = await (await admin.GetAsync("/api/menus?sort=-numeric_id&fields[Menu]=numeric_id&page[size]=100")).ShouldBeOkAsync();

        ascending["data"]!.AsArray().Select(s => s!["attributes"]!["numeric_id"]!.GetValue<long>()).ShouldBe([-10L, -8L, -7L]);
        var menus = descending["data"]!.AsArray().Select(m => m!["attributes"]!["numeric_id"]!.GetValue<long>()).ToList();
        menus.ShouldBe(menus.OrderByDescending(n => n).ToList());
        menus.ShouldContain(2049L);
        menus[0].ShouldBeGreaterThan(2049L, "menus created after the seed examples' follow the highest of them");
    }

    [Theory]
    [InlineData("agents", "Agent")]
    [InlineData("teams", "Team")]
    [InlineData("menus", "Menu")]
    [InlineData("user_statuses", "UserStatus")]
    [InlineData("agent_activity_logs", "AgentActivityLog")]
    [InlineData("calls", "Call")]
    [InlineData("chats", "Chat")]
    [InlineData("queue_groups", "QueueGroup")]
    public async Task Every_numbered_resource_shows_its_numeric_id(string route, string type)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        await admin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "Any group"} } }""", JsonApiMediaType));

        var response = await admin.GetAsync($"/api/{route}?fields[{type}]=numeric_id&page[size]=5");

        var rows = (await response.ShouldBeOkAsync())["data"]!.AsArray();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r!["attributes"]!["numeric_id"]!.GetValue<long>() != 0 || type == "UserStatus");
    }

    [Fact]
    public async Task A_client_cannot_set_a_numeric_id()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PostAsync("/api/teams", Json(
            """{"data": {"type": "Team", "attributes": {"name": "Squad 99", "numeric_id": 99} } }""", JsonApiMediaType));

        var error = await response.ShouldBeErrorAsync(response.StatusCode);
        ((int)response.StatusCode).ShouldBeInRange(400, 422);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/numeric_id");
    }

    [Fact]
    public async Task A_new_team_gets_the_next_number_of_the_organisation()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var highest = await (await admin.GetAsync("/api/teams?sort=-numeric_id&fields[Team]=numeric_id&page[size]=1")).ShouldBeOkAsync();

        var created = await admin.PostAsync("/api/teams", Json("""{"data": {"type": "Team", "attributes": {"name": "Death Squadron"} } }""", JsonApiMediaType));

        (await created.ShouldBeOkAsync(HttpStatusCode.Created))["data"]!["attributes"]!["numeric_id"]!.GetValue<long>()
            .ShouldBe(highest["data"]![0]!["attributes"]!["numeric_id"]!.GetValue<long>() + 1);
    }
}
