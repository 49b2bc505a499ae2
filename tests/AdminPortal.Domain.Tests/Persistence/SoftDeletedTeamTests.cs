using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

public sealed class SoftDeletedTeamTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Deleting_a_team_leaves_its_history_readable()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using (var admin = database.ActAs(graph.OrganisationId))
        {
            await admin.Get<ITeamService>().DeleteAsync(Actor.System(graph.OrganisationId), graph.TeamId);
        }

        await using var scope = database.ActAs(graph.OrganisationId);
        var team = await scope.Db.Teams.Include(t => t.Agents).Include(t => t.TeamAssignments).ThenInclude(a => a.Menu)
            .AsSplitQuery().SingleAsync(t => t.Id == graph.TeamId);
        var assignment = await scope.Db.TeamAssignments.Include(a => a.Team).SingleAsync(a => a.Id == graph.TeamAssignmentId);
        var member = await scope.Db.Agents.Include(a => a.Teams).Include(a => a.ActivityLogs).ThenInclude(l => l.Call)
            .AsSplitQuery().SingleAsync(a => a.Id == graph.AgentId);
        var parent = await scope.Db.Teams.Include(t => t.Children).SingleAsync(t => t.Id == graph.ParentTeamId);

        team.Deleted.ShouldBeTrue();
        team.Name.ShouldBe("Storm Trooper 1st Regiment");
        team.Agents.Select(a => a.Id).ShouldBe([graph.AgentId]);
        team.TeamAssignments.ShouldHaveSingleItem().Menu!.Id.ShouldBe(graph.MenuId);
        assignment.Team!.Deleted.ShouldBeTrue();
        member.Teams.Select(t => t.Id).ShouldBe([graph.TeamId]);
        member.ActivityLogs.ShouldHaveSingleItem().Call!.Id.ShouldBe(graph.CallId);
        parent.Children.Select(c => c.Id).ShouldBe([graph.TeamId]);
    }
}
