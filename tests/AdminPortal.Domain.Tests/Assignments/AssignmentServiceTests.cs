using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Assignments;

public sealed class AssignmentServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Cannot_assign_agent_twice_for_same_language_and_channel()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 5));

        var error = await Should.ThrowAsync<ConflictException>(() =>
            assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("EN", "secondary", "voice_call", 3)));
        var otherChannel = await assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("en", "primary", "chat", 3));

        error.Message.ShouldBe("Darth Vader is already assigned to 'Death Star' for en voice_call.");
        otherChannel.ChannelType.ShouldBe("chat");
    }

    [Fact]
    public async Task Cannot_update_assignment_into_a_duplicate()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 5));
        var spanish = await assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("es", "primary", "voice_call", 5));

        await Should.ThrowAsync<ConflictException>(() =>
            assignments.UpdateAgentAssignmentAsync(scenario.Admin, spanish.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 2)));
        var updated = await assignments.UpdateAgentAssignmentAsync(scenario.Admin, spanish.Id, new AgentAssignmentDetails("es", "overflow", "voice_call", 10));

        updated.QueueLevel.ShouldBe("overflow");
        updated.SkillLevel.ShouldBe(10);
    }

    [Theory]
    [InlineData("xx", "primary", "voice_call", 1, "lang", "lang must be one of: en, es, fr, de, pt, it, nl, ja.")]
    [InlineData("en", "first", "voice_call", 1, "queue_level", "queue_level must be one of: primary, secondary, tertiary, overflow.")]
    [InlineData("en", "primary", "pigeon", 1, "channel_type", "channel_type must be one of: voice_call, chat, sms, email, video_call.")]
    [InlineData("en", "primary", "voice_call", 0, "skill_level", "skill_level must be between 1 and 10.")]
    [InlineData("en", "primary", "voice_call", 11, "skill_level", "skill_level must be between 1 and 10.")]
    public async Task Cannot_assign_agent_with_invalid_values(string lang, string queueLevel, string channel, int skill, string member, string message)
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() => scope.Get<IAssignmentService>()
            .AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails(lang, queueLevel, channel, skill)));

        error.Errors[member].ShouldBe(message);
    }

    [Fact]
    public async Task Cannot_assign_team_twice()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Storm Trooper Armor");
        var team = await scenario.AddTeamAsync("Troopers");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignTeamAsync(scenario.Admin, menu.Id, team.Id, new TeamAssignmentDetails("en", "primary", "chat"));

        var error = await Should.ThrowAsync<ConflictException>(() =>
            assignments.AssignTeamAsync(scenario.Admin, menu.Id, team.Id, new TeamAssignmentDetails("en", "secondary", "chat")));

        error.Message.ShouldBe("Team 'Troopers' is already assigned to 'Storm Trooper Armor' for en chat.");
    }

    [Fact]
    public async Task Effective_agents_are_direct_ones_plus_members_of_assigned_teams()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Storm Trooper Armor");
        var regiment = await scenario.AddTeamAsync("Regiment");
        var squad = await scenario.AddTeamAsync("Squad", regiment);
        var disbanded = await scenario.AddTeamAsync("Disbanded", deleted: true);
        var darth = await scenario.AddAgentAsync("Darth", "Vader", "Available", teams: regiment);
        var trooper = await scenario.AddAgentAsync("Storm", "Trooper 1", "Available", teams: squad);
        var ghost = await scenario.AddAgentAsync("Ghost", "Member", "Available", teams: disbanded);
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, darth.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 7));
        await assignments.AssignTeamAsync(scenario.Admin, menu.Id, regiment.Id, new TeamAssignmentDetails("en", "secondary", "voice_call"));
        await using (var seed = scenario.Scope())
        {
            seed.Db.TeamAssignments.Add(new Entities.TeamAssignment
            {
                OrganisationId = scenario.Organisation.Id,
                MenuId = menu.Id,
                TeamId = disbanded.Id,
                Lang = "en",
                QueueLevel = "primary",
                ChannelType = "voice_call",
            });
            await seed.Db.SaveChangesAsync();
        }

        var effective = await assignments.EffectiveAgentsAsync(menu.Id);

        effective.Select(e => (e.AgentId, e.QueueLevel, e.SkillLevel, e.Via)).ShouldBe(
        [
            (darth.Id, "primary", (int?)7, "direct"),
            (trooper.Id, "secondary", null, "Regiment"),
        ]);
        effective.ShouldNotContain(e => e.AgentId == ghost.Id);
    }

    [Fact]
    public async Task Can_remove_assignment()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        var assignment = await assignments.AssignAgentAsync(scenario.Admin, menu.Id, agent.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 5));

        await assignments.RemoveAgentAssignmentAsync(scenario.Admin, assignment.Id);

        (await assignments.EffectiveAgentsAsync(menu.Id)).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => assignments.RemoveAgentAssignmentAsync(scenario.Admin, assignment.Id));
    }
}
