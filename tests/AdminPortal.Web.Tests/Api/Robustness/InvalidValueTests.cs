using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Robustness;

/// <summary>Well-formed documents with values the product refuses answer 4xx with error objects, never 500, and change nothing.</summary>
public sealed class InvalidValueTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Unknown = "0199aaaa-0000-7000-8000-000000000000";

    public static TheoryData<string, string, string> CreateCases() => new()
    {
        { "agents", "Agent", """{"email": "not-an-email", "first_name": "A", "last_name": "B"}""" },
        { "agents", "Agent", """{"email": "x@example.com", "first_name": "", "last_name": ""}""" },
        { "agents", "Agent", """{"email": "y@example.com", "first_name": "A", "last_name": "B", "extension_number": "12"}""" },
        { "agents", "Agent", """{"email": "z@example.com", "first_name": "A", "last_name": "B", "roles": "emperor"}""" },
        { "agents", "Agent", $$"""{"email": "{{ApiHost.VaderEmail}}", "first_name": "A", "last_name": "B"}""" },
        { "teams", "Team", """{"name": ""}""" },
        { "teams", "Team", """{"name": "Orphans"}, "relationships": {"parent": {"data": {"type": "Team", "id": "@UNKNOWN"}}}""" },
        { "menus", "Menu", """{"name": "Bad type", "menu_type": "fax_menu"}""" },
        { "menus", "Menu", """{"name": "Orphan menu"}, "relationships": {"parent": {"data": {"type": "Menu", "id": "@UNKNOWN"}}}""" },
        { "agent_assignments", "AgentAssignment", """{}, "relationships": {"menu": {"data": {"type": "Menu", "id": "@UNKNOWN"}}, "agent": {"data": {"type": "Agent", "id": "@UNKNOWN"}}}""" },
        { "agent_assignments", "AgentAssignment", """{"lang": "en"}""" },
        { "team_assignments", "TeamAssignment", """{}, "relationships": {"menu": {"data": {"type": "Menu", "id": "@UNKNOWN"}}, "team": {"data": {"type": "Team", "id": "@UNKNOWN"}}}""" },
        { "user_statuses", "UserStatus", """{"name": ""}""" },
        { "user_statuses", "UserStatus", """{"name": "available"}""" },
        { "user_statuses", "UserStatus", """{"name": "Odd", "category": "sleeping"}""" },
        { "operator_statuses", "OperatorStatus", $$"""{"sip_user_id": "{{Unknown}}", "status": "Available"}""" },
        { "operator_statuses", "OperatorStatus", """{"status": "Available"}""" },
        { "operator_statuses", "OperatorStatus", """{"sip_user_id": "not-a-uuid", "status": "Available"}""" },
        { "operator_statuses", "OperatorStatus", """{"sip_user_id": "@VADER", "status": "   "}""" },
        { "operator_statuses", "OperatorStatus", """{"sip_user_id": "@VADER", "status": "Available", "source": "pigeon"}""" },
        { "operator_statuses", "OperatorStatus", """{"sip_user_id": "@VADER", "status": "Available", "changed_by_user_id": "@VADER"}""" },
        { "operator_statuses", "OperatorStatus", """{"sip_user_id": "@VADER", "status": "Available", "agent_name": "Anakin"}""" },
    };

    [Theory]
    [MemberData(nameof(CreateCases))]
    public async Task Invalid_values_on_create_are_client_errors(string route, string type, string attributes)
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var body = $$"""{"data": {"type": "{{type}}", "attributes": {{attributes.Replace("@VADER", vader.Id.ToString(), StringComparison.Ordinal).Replace("@UNKNOWN", Unknown, StringComparison.Ordinal)}} } }""";
        var agentsBefore = await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().CountAsync());
        var teamsBefore = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().CountAsync());

        var response = await client.PostAsync($"/api/{route}", Json(body, JsonApiMediaType));

        ((int)response.StatusCode).ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
        (await response.JsonAsync())["errors"]!.AsArray().ShouldNotBeEmpty();
        (await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().CountAsync())).ShouldBe(agentsBefore);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().CountAsync())).ShouldBe(teamsBefore);
    }

    [Theory]
    [InlineData("teams", "Team", "Storm Troopers", """{}, "relationships": {"parent": {"data": {"type": "Team", "id": "@SELF"}}}""")]
    [InlineData("teams", "Team", "Storm Trooper Regiment", """{}, "relationships": {"parent": {"data": {"type": "Team", "id": "@CHILD"}}}""")]
    [InlineData("teams", "Team", "Storm Troopers", """{"name": ""}""")]
    [InlineData("menus", "Menu", "Death Star", """{}, "relationships": {"parent": {"data": {"type": "Menu", "id": "@SELF"}}}""")]
    [InlineData("menus", "Menu", "Death Star", """{"menu_type": 7}""")]
    [InlineData("agents", "Agent", "", """{"extension_number": "abc"}""")]
    [InlineData("agents", "Agent", "", """{"roles": null}""")]
    [InlineData("agents", "Agent", "", """{"email": null}""")]
    [InlineData("agents", "Agent", "", """{"name": "Lord Vader"}""")]
    [InlineData("agents", "Agent", "", """{"online": false}""")]
    [InlineData("agents", "Agent", "", """{"wrap_up": true}""")]
    [InlineData("teams", "Team", "Storm Troopers", """{"agents_count": 99}""")]
    [InlineData("teams", "Team", "Storm Troopers", """{"deleted": true}""")]
    [InlineData("user_statuses", "UserStatus", "Available", """{"system": true}""")]
    [InlineData("user_statuses", "UserStatus", "Available", """{"name": "Ready"}""")]
    public async Task Invalid_values_on_update_are_client_errors(string route, string type, string name, string attributes)
    {
        var (id, child) = await host.QueryAsync(async db => route switch
        {
            "teams" => (await db.Teams.IgnoreQueryFilters().Where(t => t.Name == name && t.OrganisationId == host.DemoOrganisationId).Select(t => t.Id).SingleAsync(),
                await db.Teams.IgnoreQueryFilters().Where(t => t.Name == "Storm Trooper 1st Regiment").Select(t => t.Id).SingleAsync()),
            "menus" => (await db.Menus.IgnoreQueryFilters().Where(m => m.Name == name && m.OrganisationId == host.DemoOrganisationId).Select(m => m.Id).SingleAsync(), Guid.Empty),
            "user_statuses" => (await db.UserStatuses.IgnoreQueryFilters().Where(s => s.Name == name && s.OrganisationId == host.DemoOrganisationId).Select(s => s.Id).SingleAsync(), Guid.Empty),
            _ => (await db.Agents.IgnoreQueryFilters().Where(a => a.Email == "trooper3@empire.com").Select(a => a.Id).SingleAsync(), Guid.Empty),
        });
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var filled = attributes.Replace("@SELF", id.ToString(), StringComparison.Ordinal).Replace("@CHILD", child.ToString(), StringComparison.Ordinal);

        var response = await client.PatchAsync($"/api/{route}/{id}", Json($$"""{"data": {"type": "{{type}}", "id": "{{id}}", "attributes": {{filled}} } }""", JsonApiMediaType));

        ((int)response.StatusCode).ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
        (await response.JsonAsync())["errors"]!.AsArray().ShouldNotBeEmpty();
    }
}
