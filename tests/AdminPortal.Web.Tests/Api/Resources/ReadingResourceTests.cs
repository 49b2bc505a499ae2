using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Resources;

public sealed class ReadingResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "organisations", "Organisation" },
        { "agents", "Agent" },
        { "teams", "Team" },
        { "menus", "Menu" },
        { "agent_assignments", "AgentAssignment" },
        { "team_assignments", "TeamAssignment" },
        { "user_statuses", "UserStatus" },
        { "operator_statuses", "OperatorStatus" },
        { "agent_activity_logs", "AgentActivityLog" },
        { "calls", "Call" },
        { "chats", "Chat" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Can_read_every_resource_collection(string route, string type)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/{route}");

        var document = await response.ShouldBeOkAsync();
        response.Content.Headers.ContentType!.MediaType.ShouldBe(HttpJson.JsonApiMediaType);
        document["data"]!.AsArray().ShouldAllBe(r => r!["type"]!.GetValue<string>() == type);
    }

    [Theory]
    [InlineData("agent_activity_logs", "started_at")]
    [InlineData("operator_statuses", "created_at")]
    [InlineData("calls", "created_at")]
    public async Task History_reads_newest_first_unless_sorted(string route, string time)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var unsorted = await (await client.GetAsync($"/api/{route}?page[size]=20&fields[{TypeOf(route)}]={time}")).ShouldBeOkAsync();
        var oldestFirst = await (await client.GetAsync($"/api/{route}?page[size]=20&sort={time}&fields[{TypeOf(route)}]={time}")).ShouldBeOkAsync();

        var newest = Times(unsorted, time);
        newest.Count.ShouldBeGreaterThan(1);
        newest.ShouldBe(newest.OrderByDescending(t => t).ToList());
        Times(oldestFirst, time).ShouldBe(Times(oldestFirst, time).OrderBy(t => t).ToList());
        newest[0].ShouldBeGreaterThan(Times(oldestFirst, time)[0]);
    }

    private static string TypeOf(string route) => Routes.Single(r => (string)r[0] == route)[1].ToString()!;

    private static List<DateTime> Times(System.Text.Json.Nodes.JsonNode document, string member) =>
        document["data"]!.AsArray().Select(r => r!["attributes"]![member]!.GetValue<DateTime>()).ToList();

    [Fact]
    public async Task Agent_has_computed_members_and_its_status()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/agents?filter=equals(email,'{ApiHost.VaderEmail}')&include=status,teams");

        var document = await response.ShouldBeOkAsync();
        var vader = document["data"]!.AsArray().Single()!;
        var attributes = vader["attributes"]!;
        attributes["name"]!.GetValue<string>().ShouldBe("Darth Vader");
        attributes["first_name"]!.GetValue<string>().ShouldBe("Darth");
        attributes["agent_number"]!.GetValue<string>().ShouldBe("Agent No.111");
        attributes["extension_number"]!.GetValue<string>().ShouldBe("111");
        attributes["roles"]!.GetValue<string>().ShouldBe("agent");
        attributes["online"]!.GetValue<bool>().ShouldBeTrue();
        attributes["wrap_up"]!.GetValue<bool>().ShouldBeFalse();
        var included = document["included"]!.AsArray();
        included.Single(r => r!["type"]!.GetValue<string>() == "UserStatus")!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Break");
        included.Where(r => r!["type"]!.GetValue<string>() == "Team").Select(t => t!["attributes"]!["name"]!.GetValue<string>())
            .ShouldBe(["Imperial Command"]);
    }

    [Fact]
    public async Task Offline_agent_is_not_online_and_wrap_up_shows()
    {
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");
        await host.PutInStatusAsync(ApiHost.BarryEmail, "Wrap-up");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync("/api/agents?filter=any(email,'rayd@nelson.com','barry.allen@nelson.com')&sort=email&fields[Agent]=email,online,wrap_up");

        var agents = (await response.ShouldBeOkAsync())["data"]!.AsArray();
        agents.Count.ShouldBe(2);
        agents[0]!["attributes"]!["email"]!.GetValue<string>().ShouldBe(ApiHost.BarryEmail);
        agents[0]!["attributes"]!["online"]!.GetValue<bool>().ShouldBeTrue();
        agents[0]!["attributes"]!["wrap_up"]!.GetValue<bool>().ShouldBeTrue();
        agents[1]!["attributes"]!["online"]!.GetValue<bool>().ShouldBeFalse();
        agents[1]!["attributes"]!["wrap_up"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Team_tree_reads_with_nested_children_and_agent_counts()
    {
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await client.GetAsync("/api/teams?filter=equals(parent,null)&include=children.children&sort=position");

        var document = await response.ShouldBeOkAsync();
        var roots = document["data"]!.AsArray();
        roots.ShouldAllBe(t => t!["relationships"]!["parent"]!["data"] == null);
        roots.ShouldAllBe(t => t!["attributes"]!["parent_id"] == null);
        var regiment = roots.First()!;
        regiment["attributes"]!["name"]!.GetValue<string>().ShouldBe("Storm Trooper Regiment");
        regiment["attributes"]!["agents_count"]!.GetValue<int>().ShouldBe(6);
        var childIds = regiment["relationships"]!["children"]!["data"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        childIds.Count.ShouldBe(2);
        var included = document["included"]!.AsArray();
        included.Where(r => childIds.Contains(r!["id"]!.GetValue<string>())).Select(r => r!["attributes"]!["name"]!.GetValue<string>()).Order()
            .ShouldBe(["Storm Trooper 1st Regiment", "Storm Trooper 2nd Regiment"]);
    }

    [Fact]
    public async Task Teams_filter_by_their_parent_relationship()
    {
        var regiment = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters()
            .Where(t => t.OrganisationId == host.DemoOrganisationId && t.Name == "Storm Trooper Regiment").Select(t => t.Id).SingleAsync());
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var children = await (await client.GetAsync($"/api/teams?filter=equals(parent.id,'{regiment}')&sort=name")).ShouldBeOkAsync();
        var byName = await (await client.GetAsync("/api/teams?filter=equals(parent.name,'Storm Trooper Regiment')&sort=name")).ShouldBeOkAsync();

        children["data"]!.AsArray().Select(t => t!["attributes"]!["name"]!.GetValue<string>()).ShouldBe(["Storm Trooper 1st Regiment", "Storm Trooper 2nd Regiment"]);
        byName["data"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ShouldBe(children["data"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        children["data"]!.AsArray().ShouldAllBe(t => t!["relationships"]!["parent"]!["data"]!["id"]!.GetValue<string>() == regiment.ToString());
    }

    [Fact]
    public async Task Agent_reads_only_itself_and_its_teams()
    {
        var trooper = await host.AgentAsync(ApiHost.Trooper1Email);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var agents = await (await client.GetAsync("/api/agents")).ShouldBeOkAsync();
        var teams = await (await client.GetAsync("/api/teams?sort=name")).ShouldBeOkAsync();
        var statuses = await (await client.GetAsync("/api/user_statuses?page[size]=50")).ShouldBeOkAsync();

        agents["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldBe([trooper.Id.ToString()]);
        teams["data"]!.AsArray().Select(t => t!["attributes"]!["name"]!.GetValue<string>())
            .ShouldBe(["Forest Moon of Endor Team", "Storm Trooper 1st Regiment", "Storm Trooper Regiment", "Storm Troopers"]);
        statuses["data"]!.AsArray().Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task Agent_reads_the_menus_it_answers_directly_and_through_its_teams()
    {
        var trooper = await host.AgentAsync(ApiHost.Trooper1Email);
        var expected = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters()
            .Where(m => !m.Deleted && (m.AgentAssignments.Any(a => a.AgentId == trooper.Id)
                || m.TeamAssignments.Any(t => t.Team!.Agents.Any(a => a.Id == trooper.Id))))
            .OrderBy(m => m.Name).Select(m => m.Name).ToListAsync());
        var throughTeams = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters()
            .CountAsync(m => m.TeamAssignments.Any(t => t.Team!.Agents.Any(a => a.Id == trooper.Id))
                && !m.AgentAssignments.Any(a => a.AgentId == trooper.Id)));
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var menus = await (await client.GetAsync("/api/menus?sort=name&page[size]=100")).ShouldBeOkAsync();

        throughTeams.ShouldBeGreaterThan(0);
        menus["data"]!.AsArray().Select(m => m!["attributes"]!["name"]!.GetValue<string>()).ShouldBe(expected);
    }

    [Fact]
    public async Task Agent_cannot_read_another_agent()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.GetAsync($"/api/agents/{vader.Id}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }
}
