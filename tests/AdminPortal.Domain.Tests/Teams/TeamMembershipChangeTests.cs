using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Teams;

/// <summary>Members of a team and teams of an agent, replaced, added or removed as one write (the API's to-many relationships).</summary>
public sealed class TeamMembershipChangeTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Theory]
    [InlineData(MembershipChange.Replace, new[] { "Vader", "Tarkin" }, new[] { "Tarkin", "Vader" })]
    [InlineData(MembershipChange.Add, new[] { "Tarkin" }, new[] { "Tarkin", "Trooper" })]
    [InlineData(MembershipChange.Remove, new[] { "Trooper", "Vader" }, new string[0])]
    public async Task Can_change_the_members_of_a_team(MembershipChange change, string[] named, string[] members)
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Command");
        var agents = new Dictionary<string, Guid>
        {
            ["Trooper"] = (await scenario.AddAgentAsync("Storm", "Trooper", "Available", teams: team)).Id,
            ["Vader"] = (await scenario.AddAgentAsync("Darth", "Vader", "Available")).Id,
            ["Tarkin"] = (await scenario.AddAgentAsync("Moff", "Tarkin", "Available")).Id,
        };
        await using var scope = scenario.Scope();

        await scope.Get<ITeamService>().ChangeMembersAsync(scenario.Admin, team.Id, [.. named.Select(name => agents[name])], change);

        var stored = await scope.Db.Teams.AsNoTracking().Where(t => t.Id == team.Id).SelectMany(t => t.Agents).Select(a => a.LastName).OrderBy(n => n).ToListAsync();
        stored.ShouldBe(members);
    }

    [Fact]
    public async Task Cannot_make_an_unknown_agent_a_member()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Command");
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var unknown = Guid.CreateVersion7();

        var error = await Should.ThrowAsync<EntityNotFoundException>(() =>
            scope.Get<ITeamService>().ChangeMembersAsync(scenario.Admin, team.Id, [vader.Id, unknown], MembershipChange.Replace));

        error.Id.ShouldBe(unknown);
        (await scope.Db.Teams.AsNoTracking().Where(t => t.Id == team.Id).SelectMany(t => t.Agents).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Replacing_an_agents_teams_keeps_its_deleted_teams_and_refuses_them_as_new()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var old = await scenario.AddTeamAsync("Old");
        var current = await scenario.AddTeamAsync("Current");
        var next = await scenario.AddTeamAsync("Next");
        var agent = await scenario.AddAgentAsync("Craig", "T", "Available", teams: [old, current]);
        await using (var arrange = scenario.Scope())
        {
            await arrange.Get<ITeamService>().DeleteAsync(scenario.Admin, old.Id);
        }

        await using var scope = scenario.Scope();
        var teams = scope.Get<ITeamService>();
        await teams.ChangeTeamsOfAgentAsync(scenario.Admin, agent.Id, [next.Id], MembershipChange.Replace);
        var refused = await Should.ThrowAsync<EntityNotFoundException>(() => teams.ChangeTeamsOfAgentAsync(scenario.Admin, agent.Id, [old.Id], MembershipChange.Add));

        refused.Entity.ShouldBe("Team");
        (await scope.Db.Agents.AsNoTracking().Where(a => a.Id == agent.Id).SelectMany(a => a.Teams).Select(t => t.Name).OrderBy(n => n).ToListAsync())
            .ShouldBe(["Next", "Old"]);
    }

    [Fact]
    public async Task Only_an_admin_changes_memberships()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Command");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() =>
            scope.Get<ITeamService>().ChangeTeamsOfAgentAsync(OrganisationScenario.ActorFor(agent), agent.Id, [team.Id], MembershipChange.Add));
    }
}
