using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Teams;

public sealed class TeamServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Can_build_team_tree_with_positions()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();
        var teams = scope.Get<ITeamService>();

        var regiment = await teams.CreateAsync(scenario.Admin, "Storm Trooper Regiment", null);
        var endor = await teams.CreateAsync(scenario.Admin, "Forest Moon of Endor Team", regiment.Id);
        var hoth = await teams.CreateAsync(scenario.Admin, "Hoth Team", regiment.Id);
        await teams.MoveAsync(scenario.Admin, hoth.Id, regiment.Id, position: 0);

        var children = await scope.Db.Teams.AsNoTracking().Where(t => t.ParentId == regiment.Id).OrderBy(t => t.Position).Select(t => t.Name).ToListAsync();
        children.ShouldBe(["Hoth Team", "Forest Moon of Endor Team"]);
        endor.ParentId.ShouldBe(regiment.Id);
    }

    [Fact]
    public async Task Cannot_create_team_without_name()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() => scope.Get<ITeamService>().CreateAsync(scenario.Admin, "  ", null));

        error.Errors["name"].ShouldBe("Name is required.");
    }

    [Fact]
    public async Task Cannot_move_team_under_its_own_sub_team()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var regiment = await scenario.AddTeamAsync("Regiment");
        var squad = await scenario.AddTeamAsync("Squad", regiment);
        var fireTeam = await scenario.AddTeamAsync("Fire team", squad);
        await using var scope = scenario.Scope();
        var teams = scope.Get<ITeamService>();

        var underDescendant = await Should.ThrowAsync<RuleViolationException>(() => teams.MoveAsync(scenario.Admin, regiment.Id, fireTeam.Id));
        var underItself = await Should.ThrowAsync<RuleViolationException>(() => teams.MoveAsync(scenario.Admin, squad.Id, squad.Id));

        underDescendant.Message.ShouldBe(TreeMessages.TeamCycle);
        underItself.Message.ShouldBe(TreeMessages.TeamCycle);
        (await scope.Db.Teams.AsNoTracking().SingleAsync(t => t.Id == regiment.Id)).ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Cannot_delete_team_that_has_sub_teams()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var regiment = await scenario.AddTeamAsync("Regiment");
        await scenario.AddTeamAsync("Squad", regiment);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<RuleViolationException>(() => scope.Get<ITeamService>().DeleteAsync(scenario.Admin, regiment.Id));

        error.Message.ShouldBe("Team 'Regiment' still has sub-teams; move or delete them first.");
    }

    [Fact]
    public async Task Deleted_team_keeps_its_history_readable()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Nelson");
        var menu = await scenario.AddMenuAsync("Death Star");
        var agent = await scenario.AddAgentAsync("Craig", "T", "Available", teams: team);
        await using var scope = scenario.Scope();
        await scope.Get<AdminPortal.Domain.Assignments.IAssignmentService>()
            .AssignTeamAsync(scenario.Admin, menu.Id, team.Id, new("en", "primary", "voice_call"));

        await scope.Get<ITeamService>().DeleteAsync(scenario.Admin, team.Id);

        var stored = await scope.Db.Teams.AsNoTracking().Include(t => t.Agents).Include(t => t.TeamAssignments).SingleAsync(t => t.Id == team.Id);
        stored.Deleted.ShouldBeTrue();
        stored.Agents.Select(a => a.Id).ShouldBe([agent.Id]);
        stored.TeamAssignments.Count.ShouldBe(1);
        await Should.ThrowAsync<EntityNotFoundException>(() => scope.Get<ITeamService>().RenameAsync(scenario.Admin, team.Id, "Again"));
    }

    [Fact]
    public async Task Can_add_and_remove_members()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Troopers");
        var first = await scenario.AddAgentAsync("Storm", "Trooper 1", "Available");
        var second = await scenario.AddAgentAsync("Storm", "Trooper 2", "Available");
        await using var scope = scenario.Scope();
        var teams = scope.Get<ITeamService>();

        await teams.AddMembersAsync(scenario.Admin, team.Id, [first.Id, second.Id, first.Id]);
        await teams.RemoveMemberAsync(scenario.Admin, team.Id, first.Id);

        var members = await scope.Db.Agents.AsNoTracking().Where(a => a.Teams.Any(t => t.Id == team.Id)).Select(a => a.Id).ToListAsync();
        members.ShouldBe([second.Id]);
    }

    [Fact]
    public async Task Cannot_add_unknown_agent_to_team()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var team = await scenario.AddTeamAsync("Troopers");
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<EntityNotFoundException>(() => scope.Get<ITeamService>().AddMembersAsync(scenario.Admin, team.Id, [Guid.NewGuid()]));
    }

    [Fact]
    public async Task Agent_cannot_manage_teams()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available", AgentRole.Agent);
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<ITeamService>().CreateAsync(OrganisationScenario.ActorFor(agent), "Mine", null));
    }
}
