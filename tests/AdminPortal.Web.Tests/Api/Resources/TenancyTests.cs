using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

/// <summary>Another organisation's ids answer 404 everywhere: reads, writes, secondary and relationship endpoints, includes.</summary>
public sealed class TenancyTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> RebelTeamAsync() =>
        host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == RebelData.TeamName).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task Another_organisations_resources_are_not_found()
    {
        var luke = await host.AgentAsync(RebelData.LukeEmail);
        var rogue = await RebelTeamAsync();
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var responses = new[]
        {
            await client.GetAsync($"/api/agents/{luke.Id}"),
            await client.GetAsync($"/api/teams/{rogue}"),
            await client.GetAsync($"/api/teams/{rogue}/agents"),
            await client.GetAsync($"/api/teams/{rogue}/relationships/agents"),
            await client.GetAsync($"/api/organisations/{host.RebelOrganisationId}"),
            await client.PatchAsync($"/api/agents/{luke.Id}",
                Json("{\"data\": {\"type\": \"Agent\", \"id\": \"" + luke.Id + "\", \"attributes\": {\"location\": \"Dagobah\"}}}", JsonApiMediaType)),
            await client.DeleteAsync($"/api/teams/{rogue}"),
            await client.PostAsync($"/api/teams/{rogue}/relationships/agents", Json("""{"data": []}""", JsonApiMediaType)),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        }

        (await host.AgentAsync(RebelData.LukeEmail)).Location.ShouldBeNull();
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Id == rogue).Select(t => t.Deleted).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Cannot_link_another_organisations_agent()
    {
        var luke = await host.AgentAsync(RebelData.LukeEmail);
        var deathStarTeam = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == "Death Star Team").Select(t => t.Id).SingleAsync());
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/teams/{deathStarTeam}/relationships/agents",
            Json($$"""{"data": [{"type": "Agent", "id": "{{luke.Id}}"}]}""", JsonApiMediaType));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Collections_and_includes_hold_only_the_callers_organisation()
    {
        var client = await host.ClientForAsync(ApiHost.LeiaEmail);

        var agents = await (await client.GetAsync("/api/agents?include=teams,status,organisation&page[size]=100")).ShouldBeOkAsync();
        var organisations = await (await client.GetAsync("/api/organisations")).ShouldBeOkAsync();
        var filtered = await (await client.GetAsync($"/api/agents?filter=equals(email,'{ApiHost.VaderEmail}')")).ShouldBeOkAsync();

        agents["data"]!.AsArray().Select(a => a!["attributes"]!["email"]!.GetValue<string>()).Order()
            .ShouldBe([ApiHost.LeiaEmail, RebelData.LukeEmail]);
        agents["included"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() == "Team").Select(r => r!["attributes"]!["name"]!.GetValue<string>())
            .ShouldBe([RebelData.TeamName]);
        agents["included"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() == "Organisation").Select(r => r!["id"]!.GetValue<string>())
            .ShouldBe([host.RebelOrganisationId.ToString()]);
        organisations["data"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ShouldBe([host.RebelOrganisationId.ToString()]);
        filtered["data"]!.AsArray().ShouldBeEmpty();
    }
}
