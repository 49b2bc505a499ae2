using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Relationships;

/// <summary>
/// Every write goes through the domain service and its validation, whatever members it carries (issue 9): a PATCH that also
/// carries writable relationships, the same inside <c>/api/operations</c>, and relationships given in a create, which are applied.
/// </summary>
public static class DomainWrites
{
    /// <summary>Refused writes: the rule's status, and nothing written. The admin of the Rebel Alliance writes the cross-organisation case.</summary>
    public static TheoryData<string, string, string, string, string, HttpStatusCode> Refusals() => new()
    {
        { "empty team name with members", ApiHost.AdminEmail, "PATCH", "/api/teams/{demo_team}",
            """{"data": {"type": "Team", "id": "{demo_team}", "attributes": {"name": ""}, "relationships": {"agents": {"data": [{"type": "Agent", "id": "{demo_agent}"}]}}}}""",
            HttpStatusCode.UnprocessableEntity },
        { "team under another organisation's team, with members", ApiHost.LeiaEmail, "PATCH", "/api/teams/{rebel_team}",
            """{"data": {"type": "Team", "id": "{rebel_team}", "relationships": {"parent": {"data": {"type": "Team", "id": "{demo_team}"}}, "agents": {"data": [{"type": "Agent", "id": "{rebel_agent}"}]}}}}""",
            HttpStatusCode.NotFound },
        { "team cycle, with members", ApiHost.AdminEmail, "PATCH", "/api/teams/{demo_team}",
            """{"data": {"type": "Team", "id": "{demo_team}", "relationships": {"parent": {"data": {"type": "Team", "id": "{demo_child_team}"}}, "agents": {"data": [{"type": "Agent", "id": "{demo_agent}"}]}}}}""",
            HttpStatusCode.BadRequest },
        { "invalid email, with teams", ApiHost.AdminEmail, "PATCH", "/api/agents/{demo_agent}",
            """{"data": {"type": "Agent", "id": "{demo_agent}", "attributes": {"email": "not-an-email"}, "relationships": {"teams": {"data": [{"type": "Team", "id": "{demo_team}"}]}}}}""",
            HttpStatusCode.UnprocessableEntity },
        { "extension abc, with teams", ApiHost.AdminEmail, "PATCH", "/api/agents/{demo_agent}",
            """{"data": {"type": "Agent", "id": "{demo_agent}", "attributes": {"extension_number": "abc"}, "relationships": {"teams": {"data": []}}}}""",
            HttpStatusCode.UnprocessableEntity },
        { "case-variant duplicate email, with teams", ApiHost.AdminEmail, "PATCH", "/api/agents/{demo_agent}",
            """{"data": {"type": "Agent", "id": "{demo_agent}", "attributes": {"email": "NotAnakinSkywalker@Empire.com"}, "relationships": {"teams": {"data": [{"type": "Team", "id": "{demo_team}"}]}}}}""",
            HttpStatusCode.UnprocessableEntity },
        { "invalid email, with teams, atomic", ApiHost.AdminEmail, "ATOMIC", "/api/operations",
            """{"atomic:operations": [{"op": "update", "data": {"type": "Agent", "id": "{demo_agent}", "attributes": {"email": "not-an-email"}, "relationships": {"teams": {"data": []}}}}]}""",
            HttpStatusCode.UnprocessableEntity },
        { "team under another organisation's team, atomic", ApiHost.LeiaEmail, "ATOMIC", "/api/operations",
            """{"atomic:operations": [{"op": "update", "data": {"type": "Team", "id": "{rebel_team}", "relationships": {"parent": {"data": {"type": "Team", "id": "{demo_team}"}}}}}]}""",
            HttpStatusCode.NotFound },
        { "team cycle, atomic", ApiHost.AdminEmail, "ATOMIC", "/api/operations",
            """{"atomic:operations": [{"op": "update", "ref": {"type": "Team", "id": "{demo_team}", "relationship": "parent"}, "data": {"type": "Team", "id": "{demo_child_team}"}}]}""",
            HttpStatusCode.BadRequest },
        { "unknown member in a create", ApiHost.AdminEmail, "POST", "/api/teams",
            """{"data": {"type": "Team", "attributes": {"name": "Ghosts"}, "relationships": {"agents": {"data": [{"type": "Agent", "id": "0199aaaa-0000-7000-8000-000000000000"}]}}}}""",
            HttpStatusCode.NotFound },
        { "assignment without its menu", ApiHost.AdminEmail, "POST", "/api/agent_assignments",
            """{"data": {"type": "AgentAssignment", "relationships": {"agent": {"data": {"type": "Agent", "id": "{demo_agent}"}}}}}""",
            HttpStatusCode.UnprocessableEntity },
        { "assignment's menu cleared", ApiHost.AdminEmail, "PATCH", "/api/agent_assignments/{demo_agent_assignment}/relationships/menu",
            """{"data": null}""",
            HttpStatusCode.UnprocessableEntity },
    };

    public static async Task RefusedWriteChangesNothingAsync(ApiHost host, string caller, string method, string path, string body, HttpStatusCode status)
    {
        var rows = await RowsOfBothOrganisations.FindAsync(host);
        var before = await RowsOfBothOrganisations.SnapshotAsync(host);
        var client = await host.ClientForAsync(caller);
        using var request = new HttpRequestMessage(new HttpMethod(method == "ATOMIC" ? "POST" : method), rows.Fill(path))
        {
            Content = Json(rows.Fill(body), method == "ATOMIC" ? CrossOrganisationRelationships.AtomicMediaType : JsonApiMediaType),
        };

        var response = await client.SendAsync(request);

        await response.ShouldBeErrorAsync(status);
        (await RowsOfBothOrganisations.SnapshotAsync(host)).ShouldBe(before, "a refused write changes nothing");
    }

    public static async Task CreatesApplyTheirRelationshipsAsync(ApiHost host)
    {
        var rows = await RowsOfBothOrganisations.FindAsync(host);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var team = await (await client.PostAsync("/api/teams?include=agents", Document(new
        {
            data = new
            {
                type = "Team",
                attributes = new { name = $"Boarding Party {suffix}" },
                relationships = new
                {
                    parent = new { data = Identifier("Team", rows.DemoTeam) },
                    agents = new { data = new[] { Identifier("Agent", rows.DemoAgent) } },
                },
            },
        }))).ShouldBeOkAsync(HttpStatusCode.Created);
        var teamId = Guid.Parse(team["data"]!["id"]!.GetValue<string>());
        var agent = await (await client.PostAsync("/api/agents?include=teams", Document(new
        {
            data = new
            {
                type = "Agent",
                attributes = new { email = $"boarder.{suffix}@empire.com", first_name = "Boarding", last_name = "Trooper" },
                relationships = new { teams = new { data = new[] { Identifier("Team", teamId), Identifier("Team", rows.DemoTeam) } } },
            },
        }))).ShouldBeOkAsync(HttpStatusCode.Created);
        var agentId = Guid.Parse(agent["data"]!["id"]!.GetValue<string>());

        team["data"]!["relationships"]!["parent"]!["data"]!["id"]!.GetValue<string>().ShouldBe(rows.DemoTeam.ToString());
        Ids(team["data"]!["relationships"]!["agents"]!["data"]).ShouldBe([rows.DemoAgent.ToString()]);
        Ids(agent["data"]!["relationships"]!["teams"]!["data"]).ShouldBe([teamId.ToString(), rows.DemoTeam.ToString()], ignoreOrder: true);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Id == teamId).SelectMany(t => t.Agents).Select(a => a.Id).OrderBy(id => id).ToListAsync()))
            .ShouldBe(new[] { rows.DemoAgent, agentId }.Order().ToList());
    }

    public static async Task AtomicBatchPointsANewTeamsParentAtALocalIdAsync(ApiHost host)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var body = """
            {"atomic:operations": [
              {"op": "add", "data": {"type": "Team", "lid": "fleet", "attributes": {"name": "Fleet {suffix}"}}},
              {"op": "add", "data": {"type": "Team", "lid": "squadron", "attributes": {"name": "Squadron {suffix}"},
                                     "relationships": {"parent": {"data": {"type": "Team", "lid": "fleet"}}}}}
            ]}
            """.Replace("{suffix}", suffix, StringComparison.Ordinal);

        var response = await client.PostAsync("/api/operations", Json(body, CrossOrganisationRelationships.AtomicMediaType));

        var results = (await response.ShouldBeOkAsync())["atomic:results"]!.AsArray();
        var fleet = results[0]!["data"]!["id"]!.GetValue<string>();
        results[1]!["data"]!["relationships"]!["parent"]!["data"]!["id"]!.GetValue<string>().ShouldBe(fleet);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == $"Squadron {suffix}").Select(t => t.Parent!.Name).SingleAsync()))
            .ShouldBe($"Fleet {suffix}");
    }

    public static async Task MembershipEndpointsGoThroughTheTeamServiceAsync(ApiHost host)
    {
        var rows = await RowsOfBothOrganisations.FindAsync(host);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var path = $"/api/teams/{rows.DemoChildTeam}/relationships/agents";

        (await client.PostAsync(path, Document(new { data = new[] { Identifier("Agent", vader.Id) } }))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var added = await MembersAsync();
        using var remove = new HttpRequestMessage(HttpMethod.Delete, path) { Content = Document(new { data = new[] { Identifier("Agent", vader.Id) } }) };
        (await client.SendAsync(remove)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var removed = await MembersAsync();

        added.ShouldContain(vader.Id);
        removed.ShouldNotContain(vader.Id);
        removed.Count.ShouldBe(added.Count - 1);

        Task<List<Guid>> MembersAsync() =>
            host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Id == rows.DemoChildTeam).SelectMany(t => t.Agents).Select(a => a.Id).ToListAsync());
    }

    private static IEnumerable<string> Ids(JsonNode? linkage) => linkage!.AsArray().Select(item => item!["id"]!.GetValue<string>());
}
