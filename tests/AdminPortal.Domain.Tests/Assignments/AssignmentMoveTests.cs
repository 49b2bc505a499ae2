using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Assignments;

/// <summary>An assignment pointed at another menu, agent or team keeps the rules of a new one.</summary>
public sealed class AssignmentMoveTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Can_move_an_agent_assignment_to_another_menu_and_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var deathStar = await scenario.AddMenuAsync("Death Star");
        var hotline = await scenario.AddMenuAsync("Emperor's Hotline");
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        var tarkin = await scenario.AddAgentAsync("Moff", "Tarkin", "Available");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        var assignment = await assignments.AssignAgentAsync(scenario.Admin, deathStar.Id, vader.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 4));

        await assignments.MoveAgentAssignmentAsync(scenario.Admin, assignment.Id, hotline.Id, tarkin.Id);

        var stored = await scope.Db.AgentAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment.Id);
        (stored.MenuId, stored.AgentId, stored.SkillLevel).ShouldBe((hotline.Id, tarkin.Id, 4));
    }

    [Fact]
    public async Task Cannot_move_an_assignment_onto_a_duplicate_or_a_deleted_team()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var troopers = await scenario.AddTeamAsync("Troopers");
        var command = await scenario.AddTeamAsync("Command");
        var gone = await scenario.AddTeamAsync("Gone", deleted: true);
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignTeamAsync(scenario.Admin, menu.Id, troopers.Id, new TeamAssignmentDetails("en", "primary", "voice_call"));
        var commandOnMenu = await assignments.AssignTeamAsync(scenario.Admin, menu.Id, command.Id, new TeamAssignmentDetails("en", "primary", "voice_call"));

        await Should.ThrowAsync<ConflictException>(() => assignments.MoveTeamAssignmentAsync(scenario.Admin, commandOnMenu.Id, menu.Id, troopers.Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => assignments.MoveTeamAssignmentAsync(scenario.Admin, commandOnMenu.Id, menu.Id, gone.Id));

        (await scope.Db.TeamAssignments.AsNoTracking().SingleAsync(a => a.Id == commandOnMenu.Id)).TeamId.ShouldBe(command.Id);
    }
}
