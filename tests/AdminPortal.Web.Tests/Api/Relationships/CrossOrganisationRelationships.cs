using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Relationships;

/// <summary>
/// Every writable relationship of every resource, pointed by the demo admin at a row of the Rebel Alliance, through every way
/// a relationship is written (the resource's PATCH, the relationship endpoints, a create, an atomic operation): 404 and
/// nothing written, as on the service path.
/// </summary>
public static class CrossOrganisationRelationships
{
    public const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "team parent, PATCH", "PATCH", "/api/teams/{demo_team}", """{"data": {"type": "Team", "id": "{demo_team}", "relationships": {"parent": {"data": {"type": "Team", "id": "{rebel_team}"}}}}}""" },
        { "team parent, relationship endpoint", "PATCH", "/api/teams/{demo_team}/relationships/parent", """{"data": {"type": "Team", "id": "{rebel_team}"}}""" },
        { "team parent, create", "POST", "/api/teams", """{"data": {"type": "Team", "attributes": {"name": "Spies"}, "relationships": {"parent": {"data": {"type": "Team", "id": "{rebel_team}"}}}}}""" },
        { "team agents, PATCH", "PATCH", "/api/teams/{demo_team}", """{"data": {"type": "Team", "id": "{demo_team}", "relationships": {"agents": {"data": [{"type": "Agent", "id": "{rebel_agent}"}]}}}}""" },
        { "team agents, add", "POST", "/api/teams/{demo_team}/relationships/agents", """{"data": [{"type": "Agent", "id": "{rebel_agent}"}]}""" },
        { "team agents, replace", "PATCH", "/api/teams/{demo_team}/relationships/agents", """{"data": [{"type": "Agent", "id": "{demo_agent}"}, {"type": "Agent", "id": "{rebel_agent}"}]}""" },
        { "team agents, remove", "DELETE", "/api/teams/{demo_team}/relationships/agents", """{"data": [{"type": "Agent", "id": "{rebel_agent}"}]}""" },
        { "team agents, create", "POST", "/api/teams", """{"data": {"type": "Team", "attributes": {"name": "Spies"}, "relationships": {"agents": {"data": [{"type": "Agent", "id": "{rebel_agent}"}]}}}}""" },
        { "menu parent, PATCH", "PATCH", "/api/menus/{demo_menu}", """{"data": {"type": "Menu", "id": "{demo_menu}", "relationships": {"parent": {"data": {"type": "Menu", "id": "{rebel_menu}"}}}}}""" },
        { "menu parent, relationship endpoint", "PATCH", "/api/menus/{demo_menu}/relationships/parent", """{"data": {"type": "Menu", "id": "{rebel_menu}"}}""" },
        { "menu parent, create", "POST", "/api/menus", """{"data": {"type": "Menu", "attributes": {"name": "Spy line"}, "relationships": {"parent": {"data": {"type": "Menu", "id": "{rebel_menu}"}}}}}""" },
        { "agent teams, PATCH", "PATCH", "/api/agents/{demo_agent}", """{"data": {"type": "Agent", "id": "{demo_agent}", "relationships": {"teams": {"data": [{"type": "Team", "id": "{rebel_team}"}]}}}}""" },
        { "agent teams, add", "POST", "/api/agents/{demo_agent}/relationships/teams", """{"data": [{"type": "Team", "id": "{rebel_team}"}]}""" },
        { "agent teams, replace", "PATCH", "/api/agents/{demo_agent}/relationships/teams", """{"data": [{"type": "Team", "id": "{rebel_team}"}]}""" },
        { "agent teams, remove", "DELETE", "/api/agents/{demo_agent}/relationships/teams", """{"data": [{"type": "Team", "id": "{rebel_team}"}]}""" },
        { "agent teams, create", "POST", "/api/agents", """{"data": {"type": "Agent", "attributes": {"email": "spy@empire.com", "first_name": "S", "last_name": "Py"}, "relationships": {"teams": {"data": [{"type": "Team", "id": "{rebel_team}"}]}}}}""" },
        { "agent assignment menu, PATCH", "PATCH", "/api/agent_assignments/{demo_agent_assignment}", """{"data": {"type": "AgentAssignment", "id": "{demo_agent_assignment}", "relationships": {"menu": {"data": {"type": "Menu", "id": "{rebel_menu}"}}}}}""" },
        { "agent assignment menu, relationship endpoint", "PATCH", "/api/agent_assignments/{demo_agent_assignment}/relationships/menu", """{"data": {"type": "Menu", "id": "{rebel_menu}"}}""" },
        { "agent assignment menu, create", "POST", "/api/agent_assignments", """{"data": {"type": "AgentAssignment", "relationships": {"menu": {"data": {"type": "Menu", "id": "{rebel_menu}"}}, "agent": {"data": {"type": "Agent", "id": "{demo_agent}"}}}}}""" },
        { "agent assignment agent, PATCH", "PATCH", "/api/agent_assignments/{demo_agent_assignment}", """{"data": {"type": "AgentAssignment", "id": "{demo_agent_assignment}", "relationships": {"agent": {"data": {"type": "Agent", "id": "{rebel_agent}"}}}}}""" },
        { "agent assignment agent, relationship endpoint", "PATCH", "/api/agent_assignments/{demo_agent_assignment}/relationships/agent", """{"data": {"type": "Agent", "id": "{rebel_agent}"}}""" },
        { "agent assignment agent, create", "POST", "/api/agent_assignments", """{"data": {"type": "AgentAssignment", "relationships": {"menu": {"data": {"type": "Menu", "id": "{demo_menu}"}}, "agent": {"data": {"type": "Agent", "id": "{rebel_agent}"}}}}}""" },
        { "team assignment menu, PATCH", "PATCH", "/api/team_assignments/{demo_team_assignment}", """{"data": {"type": "TeamAssignment", "id": "{demo_team_assignment}", "relationships": {"menu": {"data": {"type": "Menu", "id": "{rebel_menu}"}}}}}""" },
        { "team assignment menu, relationship endpoint", "PATCH", "/api/team_assignments/{demo_team_assignment}/relationships/menu", """{"data": {"type": "Menu", "id": "{rebel_menu}"}}""" },
        { "team assignment menu, create", "POST", "/api/team_assignments", """{"data": {"type": "TeamAssignment", "relationships": {"menu": {"data": {"type": "Menu", "id": "{rebel_menu}"}}, "team": {"data": {"type": "Team", "id": "{demo_team}"}}}}}""" },
        { "team assignment team, PATCH", "PATCH", "/api/team_assignments/{demo_team_assignment}", """{"data": {"type": "TeamAssignment", "id": "{demo_team_assignment}", "relationships": {"team": {"data": {"type": "Team", "id": "{rebel_team}"}}}}}""" },
        { "team assignment team, relationship endpoint", "PATCH", "/api/team_assignments/{demo_team_assignment}/relationships/team", """{"data": {"type": "Team", "id": "{rebel_team}"}}""" },
        { "team assignment team, create", "POST", "/api/team_assignments", """{"data": {"type": "TeamAssignment", "relationships": {"menu": {"data": {"type": "Menu", "id": "{demo_menu}"}}, "team": {"data": {"type": "Team", "id": "{rebel_team}"}}}}}""" },
        { "queue group menus, PATCH", "PATCH", "/api/queue_groups/{demo_queue_group}", """{"data": {"type": "QueueGroup", "id": "{demo_queue_group}", "relationships": {"menus": {"data": [{"type": "Menu", "id": "{rebel_menu}"}]}}}}""" },
        { "queue group menus, create", "POST", "/api/queue_groups", """{"data": {"type": "QueueGroup", "attributes": {"name": "Spy queues"}, "relationships": {"menus": {"data": [{"type": "Menu", "id": "{rebel_menu}"}]}}}}""" },
        { "api credential agent, create", "POST", "/api/api_credentials", """{"data": {"type": "ApiCredential", "attributes": {"name": "Spy key", "kind": "agent"}, "relationships": {"agent": {"data": {"type": "Agent", "id": "{rebel_agent}"}}}}}""" },
        { "team parent, atomic update", "ATOMIC", "/api/operations", """{"atomic:operations": [{"op": "update", "data": {"type": "Team", "id": "{demo_team}", "relationships": {"parent": {"data": {"type": "Team", "id": "{rebel_team}"}}}}}]}""" },
        { "team agents, atomic add", "ATOMIC", "/api/operations", """{"atomic:operations": [{"op": "add", "data": {"type": "Team", "lid": "t", "attributes": {"name": "Spies"}}}, {"op": "add", "ref": {"type": "Team", "lid": "t", "relationship": "agents"}, "data": [{"type": "Agent", "id": "{rebel_agent}"}]}]}""" },
        { "agent teams, atomic update", "ATOMIC", "/api/operations", """{"atomic:operations": [{"op": "update", "ref": {"type": "Agent", "id": "{demo_agent}", "relationship": "teams"}, "data": [{"type": "Team", "id": "{rebel_team}"}]}]}""" },
    };

    public static async Task PointingAtAnotherOrganisationIsNotFoundAsync(ApiHost host, string method, string path, string body)
    {
        var rows = await RowsOfBothOrganisations.FindAsync(host);
        var before = await RowsOfBothOrganisations.SnapshotAsync(host);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        using var request = new HttpRequestMessage(new HttpMethod(method == "ATOMIC" ? "POST" : method), rows.Fill(path))
        {
            Content = Json(rows.Fill(body), method == "ATOMIC" ? AtomicMediaType : JsonApiMediaType),
        };

        var response = await client.SendAsync(request);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        error["detail"]!.GetValue<string>().ShouldNotContain(RebelData.TeamName);
        (await RowsOfBothOrganisations.SnapshotAsync(host)).ShouldBe(before, "a refused write changes nothing");
    }
}

public sealed class CrossOrganisationRelationshipTests(ApiHost host) : IClassFixture<ApiHost>
{
    public static TheoryData<string, string, string, string> Cases() => CrossOrganisationRelationships.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Pointing_a_relationship_at_another_organisations_row_is_not_found(string relationship, string method, string path, string body)
    {
        _ = relationship;
        return CrossOrganisationRelationships.PointingAtAnotherOrganisationIsNotFoundAsync(host, method, path, body);
    }
}

public sealed class PostgresCrossOrganisationRelationshipTests(Concurrency.PostgresApiHost host) : IClassFixture<Concurrency.PostgresApiHost>
{
    public static TheoryData<string, string, string, string> Cases() => CrossOrganisationRelationships.Cases();

    [TestBuildingBlocks.Database.PostgresTheory]
    [MemberData(nameof(Cases))]
    public Task Pointing_a_relationship_at_another_organisations_row_is_not_found(string relationship, string method, string path, string body)
    {
        _ = relationship;
        return CrossOrganisationRelationships.PointingAtAnotherOrganisationIsNotFoundAsync(host, method, path, body);
    }
}
