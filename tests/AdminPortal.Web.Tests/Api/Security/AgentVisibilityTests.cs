using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Security;

/// <summary>An agent token reads only itself among agents, whatever the path: includes, secondary and relationship endpoints, filters, sorts.</summary>
public sealed class AgentVisibilityTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> TeamIdAsync(string name) =>
        host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private static IEnumerable<string> IdsOfType(JsonNode document, string member, string type) =>
        (document[member]?.AsArray() ?? []).Where(r => r!["type"]!.GetValue<string>() == type).Select(r => r!["id"]!.GetValue<string>());

    [Fact]
    public async Task Agent_sees_only_itself_among_included_team_members()
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var document = await (await client.GetAsync("/api/teams?include=agents,agents.teams&page[size]=100")).ShouldBeOkAsync();

        document["data"]!.AsArray().ShouldNotBeEmpty();
        IdsOfType(document, "included", "Agent").ShouldBe([trooper1.Id.ToString()]);
        foreach (var team in document["data"]!.AsArray())
        {
            team!["relationships"]!["agents"]!["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldBe([trooper1.Id.ToString()]);
        }
    }

    [Fact]
    public async Task Agent_reads_only_itself_through_a_teams_agents()
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        var troopers = await TeamIdAsync("Storm Troopers");
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var secondary = await (await client.GetAsync($"/api/teams/{troopers}/agents")).ShouldBeOkAsync();
        var relationship = await (await client.GetAsync($"/api/teams/{troopers}/relationships/agents")).ShouldBeOkAsync();

        IdsOfType(secondary, "data", "Agent").ShouldBe([trooper1.Id.ToString()]);
        IdsOfType(relationship, "data", "Agent").ShouldBe([trooper1.Id.ToString()]);
        secondary["meta"]!["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Theory]
    [InlineData("/api/agents/{0}")]
    [InlineData("/api/agents/{0}/teams")]
    [InlineData("/api/agents/{0}/relationships/teams")]
    [InlineData("/api/agents/{0}/operator_statuses")]
    [InlineData("/api/agents/{0}/relationships/activity_logs")]
    public async Task Agent_cannot_read_another_agent_or_its_relationships(string path)
    {
        var trooper2 = await host.AgentAsync("trooper2@empire.com");
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, trooper2.Id));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/teams?filter=has(agents,equals(email,'trooper2@empire.com'))")]
    [InlineData("/api/teams?filter=greaterThan(count(agents),'1')")]
    [InlineData("/api/organisations?filter=has(agents,equals(email,'moff.tarkin@empire.com'))")]
    public async Task Agent_cannot_find_other_agents_through_collection_filters(string query)
    {
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var document = await (await client.GetAsync(query)).ShouldBeOkAsync();

        document["data"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/operator_statuses?filter=equals(changed_by_user.email,'moff.tarkin@empire.com')")]
    [InlineData("/api/operator_statuses?filter=startsWith(changed_by_user.first_name,'Moff')")]
    [InlineData("/api/operator_statuses?filter=equals(changed_by_user.roles,'supervisor')")]
    [InlineData("/api/agent_activity_logs?filter=equals(whodunnit.email,'moff.tarkin@empire.com')")]
    [InlineData("/api/agent_activity_logs?filter=and(equals(activity,'user_status_changed'),contains(whodunnit.first_name,'Moff'))")]
    [InlineData("/api/menus?filter=equals(parent.name,'Storm Trooper Armor')")]
    [InlineData("/api/menus?filter=has(team_assignments,equals(team.name,'Forest Moon of Endor Team'))&filter=not(equals(parent,null))")]
    public async Task Agent_filters_through_rows_it_cannot_read_as_through_nothing(string query)
    {
        await ArrangeOthersChangedTrooper1Async();
        var tarkin = await host.ClientForAsync(ApiHost.TarkinEmail);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var supervisor = await (await tarkin.GetAsync(query)).ShouldBeOkAsync();
        var agent = await (await client.GetAsync(query)).ShouldBeOkAsync();

        supervisor["data"]!.AsArray().ShouldNotBeEmpty("the supervisor reads the rows the path goes through, so the filter matches");
        agent["data"]!.AsArray().ShouldBeEmpty("the agent's paths through rows it cannot read lead nowhere");
    }

    [Fact]
    public async Task Agent_sorts_through_rows_it_cannot_read_as_through_nothing()
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        await ArrangeOthersChangedTrooper1Async();
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);
        var changedByOthers = $"/api/operator_statuses?filter=not(equals(changed_by_user.id,'{trooper1.Id}'))";

        var ascending = await (await client.GetAsync($"{changedByOthers}&sort=changed_by_user.email")).ShouldBeOkAsync();
        var descending = await (await client.GetAsync($"{changedByOthers}&sort=-changed_by_user.email")).ShouldBeOkAsync();

        IdsOfType(ascending, "data", "OperatorStatus").Count().ShouldBeGreaterThanOrEqualTo(2);
        IdsOfType(ascending, "data", "OperatorStatus").ShouldBe(IdsOfType(descending, "data", "OperatorStatus"),
            "the emails of Tarkin and the admin are hidden from the agent, so they read as null and the direction changes nothing");
    }

    /// <summary>Moff Tarkin (supervisor) and the admin each change trooper 1's status: rows the agent reads, changed by agents it cannot read.</summary>
    private async Task ArrangeOthersChangedTrooper1Async()
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Available");
        foreach (var (email, status) in new[] { (ApiHost.TarkinEmail, "Break"), (ApiHost.AdminEmail, "Meal") })
        {
            var client = await host.ClientForAsync(email);
            (await client.PostAsync("/api/operator_statuses", Json($$$$"""
                {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper1.Id}}}}", "status": "{{{{status}}}}", "source": "admin"}}}
                """, JsonApiMediaType))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Supervisor_may_filter_through_who_changed_a_status()
    {
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await client.GetAsync("/api/operator_statuses?filter=equals(changed_by_user.email,'moff.tarkin@empire.com')&sort=sip_user.last_name");

        await response.ShouldBeOkAsync();
    }

    [Fact]
    public async Task Agent_sees_who_changed_its_status_only_as_a_hidden_link()
    {
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Available");
        var tarkin = await host.ClientForAsync(ApiHost.TarkinEmail);
        var created = await (await tarkin.PostAsync("/api/operator_statuses", Json($$$$"""
            {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper1.Id}}}}", "status": "Meal", "source": "admin"}}}
            """, JsonApiMediaType))).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created["data"]!["id"]!.GetValue<string>();
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var included = await (await client.GetAsync($"/api/operator_statuses/{id}?include=changed_by_user,sip_user")).ShouldBeOkAsync();
        var secondary = await (await client.GetAsync($"/api/operator_statuses/{id}/changed_by_user")).ShouldBeOkAsync();

        IdsOfType(included, "included", "Agent").ShouldBe([trooper1.Id.ToString()]);
        secondary["data"].ShouldBeNull();
    }
}
