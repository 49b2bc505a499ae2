using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Credentials;

/// <summary>
/// An organisation credential acts as an admin of its own organisation only: another organisation's rows answer 404,
/// whether named in the URL, in an attribute or in a relationship, and nothing of theirs changes.
/// </summary>
public sealed class OrganisationCredentialTenancyTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task<(HttpClient Client, Guid DemoTeam, Guid RebelTeam, Guid RebelMenu, Guid Luke)> ArrangeAsync()
    {
        var credential = await host.CreateAsync("Empire integration");
        var demoTeam = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == "Death Star Team").Select(t => t.Id).SingleAsync());
        var rebelTeam = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == RebelData.TeamName).Select(t => t.Id).SingleAsync());
        var rebelMenu = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == RebelData.MenuName).Select(m => m.Id).SingleAsync());
        var luke = (await host.AgentAsync(RebelData.LukeEmail)).Id;
        return (host.WithOrganisationCredential(credential), demoTeam, rebelTeam, rebelMenu, luke);
    }

    [Fact]
    public async Task Another_organisations_rows_named_in_the_url_are_not_found()
    {
        var (client, _, rebelTeam, rebelMenu, luke) = await ArrangeAsync();

        await (await client.GetAsync($"/api/teams/{rebelTeam}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/menus/{rebelMenu}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/agents/{luke}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await (await client.PatchAsync($"/api/organisations/{host.RebelOrganisationId}", Json(
            $$"""{"data": {"type": "Organisation", "id": "{{host.RebelOrganisationId}}", "attributes": {"api_rate_limit_per_second": 1} } }""",
            JsonApiMediaType))).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == host.RebelOrganisationId).Select(o => o.ApiRateLimitPerSecond).SingleAsync()))
            .ShouldBe(ApiHost.GenerousRateLimit);
    }

    [Fact]
    public async Task Another_organisations_agent_cannot_join_a_team_through_a_relationship()
    {
        var (client, demoTeam, _, _, luke) = await ArrangeAsync();

        var patch = await client.PatchAsync($"/api/teams/{demoTeam}", Json(
            $$"""{"data": {"type": "Team", "id": "{{demoTeam}}", "relationships": {"agents": {"data": [{"type": "Agent", "id": "{{luke}}"}]} } } }""",
            JsonApiMediaType));
        var add = await client.PostAsync($"/api/teams/{demoTeam}/relationships/agents", Json(
            $$"""{"data": [{"type": "Agent", "id": "{{luke}}"}]}""", JsonApiMediaType));

        await patch.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await add.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Id == demoTeam).SelectMany(t => t.Agents).CountAsync(a => a.Id == luke))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_organisations_menu_cannot_join_a_queue_group()
    {
        var (client, _, _, rebelMenu, _) = await ArrangeAsync();

        var create = await client.PostAsync("/api/queue_groups", Json(
            $$"""{"data": {"type": "QueueGroup", "attributes": {"name": "Spies"}, "relationships": {"menus": {"data": [{"type": "Menu", "id": "{{rebelMenu}}"}]} } } }""",
            JsonApiMediaType));

        await create.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Id == rebelMenu).Select(m => m.QueueGroupId).SingleAsync())).ShouldBeNull();
        (await host.QueryAsync(db => db.QueueGroups.IgnoreQueryFilters().CountAsync(g => g.Name == "Spies"))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_organisations_agent_cannot_get_a_credential()
    {
        var (client, _, _, _, luke) = await ArrangeAsync();

        var create = await client.PostAsync("/api/api_credentials", Json(
            $$"""{"data": {"type": "ApiCredential", "attributes": {"name": "Backdoor", "kind": "agent"}, "relationships": {"agent": {"data": {"type": "Agent", "id": "{{luke}}"} } } } }""",
            JsonApiMediaType));

        await create.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().CountAsync(c => c.AgentId == luke))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_organisations_menu_cannot_be_assigned()
    {
        var (client, demoTeam, _, rebelMenu, _) = await ArrangeAsync();

        var assign = await client.PostAsync("/api/team_assignments", Document(new
        {
            data = new
            {
                type = "TeamAssignment",
                attributes = new { lang = "en" },
                relationships = new { menu = new { data = Identifier("Menu", rebelMenu) }, team = new { data = Identifier("Team", demoTeam) } },
            },
        }));

        await assign.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.TeamAssignments.IgnoreQueryFilters().CountAsync(a => a.MenuId == rebelMenu))).ShouldBe(0);
    }
}
