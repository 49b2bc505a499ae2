using AdminPortal.Domain.Agents.Profiles;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Agents;

/// <summary>An agent's teams, the queues it answers (directly with its skill, through its teams and their parents) and its history.</summary>
public sealed class AgentProfileTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Queues_come_directly_with_the_skill_and_through_teams_and_parent_teams()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var regiment = await scenario.AddTeamAsync("Storm Trooper Regiment");
        var first = await scenario.AddTeamAsync("1st Regiment", regiment);
        var gone = await scenario.AddTeamAsync("Disbanded", deleted: true);
        var trooper = await scenario.AddAgentAsync("Storm", "Trooper", "Available", teams: [first, gone]);
        var armor = await scenario.AddMenuAsync("Armor Polishing");
        var venting = await scenario.AddMenuAsync("Venting System");
        var hotline = await scenario.AddMenuAsync("Emperor's Hotline");
        await using (var arrange = scenario.Scope())
        {
            arrange.Db.AgentAssignments.Add(new AgentAssignment { OrganisationId = scenario.Organisation.Id, MenuId = armor.Id, AgentId = trooper.Id, SkillLevel = 8 });
            arrange.Db.TeamAssignments.Add(new TeamAssignment { OrganisationId = scenario.Organisation.Id, MenuId = venting.Id, TeamId = regiment.Id, Lang = "es", ChannelType = "chat" });
            arrange.Db.TeamAssignments.Add(new TeamAssignment { OrganisationId = scenario.Organisation.Id, MenuId = hotline.Id, TeamId = gone.Id });
            await arrange.Db.SaveChangesAsync();
        }

        await using var scope = scenario.Scope();
        var profile = await scope.Get<AgentProfiles>().GetAsync(scenario.Admin, trooper.Id);

        profile.Teams.Select(t => t.Name).ShouldBe(["1st Regiment"]);
        profile.Queues.Select(q => (q.MenuName, q.SkillLevel, q.ThroughTeam, q.Lang, q.ChannelType)).ShouldBe(
        [
            ("Armor Polishing", (int?)8, (string?)null, "en", "voice_call"),
            ("Venting System", null, "Storm Trooper Regiment", "es", "chat"),
        ]);
        profile.StatusName.ShouldBe("Available");
        profile.Deactivated.ShouldBeFalse();
    }

    [Fact]
    public async Task History_lists_the_intervals_overlapping_the_range()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Break");
        await using var scope = scenario.Scope();
        var profiles = scope.Get<AgentProfiles>();

        var recent = await profiles.HistoryAsync(scenario.Admin, agent.Id, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow);
        var longAgo = await profiles.HistoryAsync(scenario.Admin, agent.Id, DateTime.UtcNow.AddDays(-30), DateTime.UtcNow.AddDays(-29));

        var open = recent.ShouldHaveSingleItem();
        open.StatusName.ShouldBe("Break");
        open.EndedAt.ShouldBeNull();
        longAgo.ShouldBeEmpty();
    }

    [Fact]
    public async Task Agents_cannot_read_profiles()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper", "Available");
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<AgentProfiles>().GetAsync(OrganisationScenario.ActorFor(agent), agent.Id));
    }
}
