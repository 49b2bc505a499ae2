using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004 teams: the list with members, one team, the tree, their filters and <c>with_deleted</c>.</summary>
public sealed class ManagerTeamTests(DialectHost host) : IClassFixture<DialectHost>
{
    private async Task<IReadOnlyList<long>> IdsAsync(string url) => (await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync()).Ids();

    [Fact]
    public async Task Team_list_example_answers_teams_with_their_members()
    {
        var teams = await (await host.Manager().GetAsync("/manager/api/v1/teams")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(teams, ManagerSeedExamples.TeamList);
        var endor = teams.Single(t => t!["id"]!.GetValue<long>() == 11)!;
        endor["name"]!.GetValue<string>().ShouldBe("Forest Moon of Endor Team");
        endor["agents_count"]!.GetValue<int>().ShouldBe(3);
        endor["deleted"]!.GetValue<bool>().ShouldBeFalse();
        endor["parent_id"].ShouldBeNull();
        var assignees = endor["assignees"]!.AsArray();
        assignees.Ids().ShouldBe([19, 20, 21]);
        assignees[0]!["name"]!.GetValue<string>().ShouldBe("Storm Trooper 1");
        assignees[0]!["agent_number"]!.GetValue<string>().ShouldBe("Agent No.77");
        assignees[0]!["first_name"]!.GetValue<string>().ShouldBe("Storm");
        assignees[0]!["last_name"]!.GetValue<string>().ShouldBe("Trooper 1");
        teams.Ids().ShouldBe(teams.Ids().Order().ToList());
    }

    [Fact]
    public async Task Team_list_filters_by_every_documented_field()
    {
        (await IdsAsync("/manager/api/v1/teams?id[]=11&id[]=12")).ShouldBe([11, 12]);
        (await IdsAsync("/manager/api/v1/teams?name[]=Nelson%20Support")).ShouldBe([1]);
        (await IdsAsync("/manager/api/v1/teams?parent_id[]=147&position[]=0")).ShouldBe([34]);
        (await IdsAsync("/manager/api/v1/teams?agents_count[from]=4")).ShouldBe([10, 147]);
        (await IdsAsync("/manager/api/v1/teams?agents_count[from]=2&agents_count[to]=2&parent_id[]=null")).ShouldBe([1, (await TeamIdAsync("Imperial Command"))]);
        (await IdsAsync("/manager/api/v1/teams?sort_column=agents_count&sort_direction=desc&per=2")).ShouldBe([147, 10]);
    }

    [Fact]
    public async Task Single_team_example_answers_the_team_with_its_members()
    {
        var client = host.Manager();

        var endor = await (await client.GetAsync("/manager/api/v1/teams/11")).ShouldBeJsonAsync();
        var missing = await (await client.GetAsync("/manager/api/v1/teams/4242")).ShouldBeMessageAsync(HttpStatusCode.NotFound);
        var malformed = await (await client.GetAsync("/manager/api/v1/teams/11?record_id=eleven")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);

        SeedShape.ShouldMatch(endor, ManagerSeedExamples.SingleTeam);
        endor["assignees"]!.AsArray().Ids().ShouldBe([19, 20, 21]);
        missing.ShouldBe("Team '4242' does not exist.");
        malformed.ShouldBe("record_id must be a whole number; 'eleven' is not.");
    }

    [Fact]
    public async Task Team_tree_example_answers_the_teams_under_their_parents()
    {
        var tree = await (await host.Manager().GetAsync("/manager/api/v1/teams/tree")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(tree, ManagerSeedExamples.TeamTree);
        var regiment = tree.Single(t => t!["id"]!.GetValue<long>() == 147)!;
        regiment["name"]!.GetValue<string>().ShouldBe("Storm Trooper Regiment");
        regiment["agents_count"]!.GetValue<int>().ShouldBe(6);
        var children = regiment["children"]!.AsArray();
        children.Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["Storm Trooper 1st Regiment", "Storm Trooper 2nd Regiment"]);
        children[0]!["id"]!.GetValue<long>().ShouldBe(34);
        children[0]!["parent_id"]!.GetValue<long>().ShouldBe(147);
        tree.Ids().ShouldNotContain(34, "a sub-team stands only under its parent");
    }

    [Fact]
    public async Task Singular_routes_of_the_seeds_overview_answer_the_same()
    {
        var plural = await (await host.Manager().GetAsync("/manager/api/v1/teams/tree")).Content.ReadAsStringAsync();
        var singular = await (await host.Manager().GetAsync("/manager/api/v1/team/tree")).Content.ReadAsStringAsync();

        singular.ShouldBe(plural);
    }

    [Fact]
    public async Task Another_organisation_sees_only_its_own_teams()
    {
        var rebels = await (await host.Rebels().GetAsync("/apps/api/v1/teams")).ShouldBeArrayAsync();
        var demoTeam = await host.Rebels().GetAsync("/apps/api/v1/teams/147");

        rebels.Select(t => t!["name"]!.GetValue<string>()).ShouldBe([RebelData.TeamName]);
        await demoTeam.ShouldBeMessageAsync(HttpStatusCode.NotFound);
    }

    private Task<long> TeamIdAsync(string name) =>
        host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.OrganisationId == host.DemoOrganisationId && t.Name == name).Select(t => t.NumericId).SingleAsync());
}
