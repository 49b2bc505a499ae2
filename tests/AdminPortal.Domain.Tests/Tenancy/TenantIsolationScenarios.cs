using AdminPortal.Domain.Data;
using AdminPortal.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Tenancy;

/// <summary>Two organisations with one of everything; queries acting as one must never see the other's rows.</summary>
internal sealed class TenantIsolationScenarios(TestDatabase database)
{
    public static readonly string[] Entities =
    [
        "organisations", "agents", "teams", "menus", "user_statuses", "agent_assignments", "team_assignments",
        "operator_statuses", "agent_activity_logs", "calls", "chats",
    ];

    public async Task Rows_of_another_organisation_are_invisible(string entity)
    {
        var a = await OrganisationGraph.CreateAsync(database);
        var b = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(a.OrganisationId);

        var visible = await OrganisationIdsAsync(scope.Db, entity);
        var everywhere = await OrganisationIdsAsync(scope.Db, entity, ignoreFilters: true);

        visible.ShouldNotBeEmpty();
        visible.ShouldAllBe(id => id == a.OrganisationId);
        everywhere.ShouldContain(b.OrganisationId);
    }

    public async Task Every_entity_is_scoped_to_the_organisation_acted_as()
    {
        var a = await OrganisationGraph.CreateAsync(database);
        var b = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(b.OrganisationId);

        foreach (var entity in Entities)
        {
            var visible = await OrganisationIdsAsync(scope.Db, entity);
            visible.ShouldNotBeEmpty(entity);
            visible.ShouldAllBe(id => id == b.OrganisationId, entity);
        }

        (await scope.Db.Agents.AnyAsync(x => x.Id == a.AgentId)).ShouldBeFalse();
        (await scope.Db.Calls.FindAsync(a.CallId)).ShouldBeNull();
    }

    public async Task Nothing_is_visible_without_an_organisation()
    {
        await OrganisationGraph.CreateAsync(database);
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();

        foreach (var entity in Entities)
        {
            (await OrganisationIdsAsync(db, entity)).ShouldBeEmpty(entity);
        }
    }

    public async Task Includes_do_not_reach_into_another_organisation()
    {
        var a = await OrganisationGraph.CreateAsync(database);
        var b = await OrganisationGraph.CreateAsync(database);
        await LinkAcrossOrganisationsAsync(a, b);

        await using (var actingAsA = database.ActAs(a.OrganisationId))
        {
            var agent = await actingAsA.Db.Agents.Include(x => x.Teams).Include(x => x.OperatorStatuses).SingleAsync(x => x.Id == a.AgentId);
            agent.Teams.Select(t => t.Id).ShouldBe([a.TeamId]);
            var organisation = await actingAsA.Db.Organisations
                .Include(o => o.Agents).Include(o => o.Teams).Include(o => o.Menus).Include(o => o.UserStatuses)
                .AsSplitQuery().SingleAsync();
            organisation.Id.ShouldBe(a.OrganisationId);
            organisation.Agents.ShouldAllBe(x => x.OrganisationId == a.OrganisationId);
            organisation.UserStatuses.ShouldAllBe(x => x.OrganisationId == a.OrganisationId);
        }

        await using var actingAsB = database.ActAs(b.OrganisationId);
        var team = await actingAsB.Db.Teams.Include(t => t.Agents).SingleAsync(t => t.Id == b.TeamId);
        var call = await actingAsB.Db.Calls.Include(c => c.SelectedMenu).Include(c => c.Agent).SingleAsync(c => c.Id == b.CallId);
        var menu = await actingAsB.Db.Menus.Include(m => m.AgentAssignments).SingleAsync(m => m.Id == b.MenuId);

        team.Agents.Select(x => x.Id).ShouldBe([b.AgentId]);
        call.SelectedMenu.ShouldBeNull();
        call.Agent.ShouldBeNull();
        menu.AgentAssignments.Select(x => x.AgentId).ShouldBe([b.AgentId]);
    }

    /// <summary>Rows that point across organisations (which the services never make) must still not leak through navigations.</summary>
    private async Task LinkAcrossOrganisationsAsync(OrganisationGraph a, OrganisationGraph b)
    {
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var agentOfA = await db.Agents.IgnoreQueryFilters().Include(x => x.Teams).SingleAsync(x => x.Id == a.AgentId);
        agentOfA.Teams.Add(await db.Teams.IgnoreQueryFilters().SingleAsync(t => t.Id == b.TeamId));
        var callOfB = await db.Calls.IgnoreQueryFilters().SingleAsync(c => c.Id == b.CallId);
        callOfB.SelectedMenuId = a.MenuId;
        callOfB.AgentId = a.AgentId;
        db.AgentAssignments.Add(new Entities.AgentAssignment { OrganisationId = a.OrganisationId, MenuId = b.MenuId, AgentId = a.AgentId, Lang = "de" });
        await db.SaveChangesAsync();
    }

    private static Task<List<Guid>> OrganisationIdsAsync(AdminPortalDbContext db, string entity, bool ignoreFilters = false)
    {
        IQueryable<T> Set<T>(IQueryable<T> query)
            where T : class => ignoreFilters ? query.IgnoreQueryFilters() : query;

        return entity switch
        {
            "organisations" => Set(db.Organisations).Select(x => x.Id).ToListAsync(),
            "agents" => Set(db.Agents).Select(x => x.OrganisationId).ToListAsync(),
            "teams" => Set(db.Teams).Select(x => x.OrganisationId).ToListAsync(),
            "menus" => Set(db.Menus).Select(x => x.OrganisationId).ToListAsync(),
            "user_statuses" => Set(db.UserStatuses).Select(x => x.OrganisationId).ToListAsync(),
            "agent_assignments" => Set(db.AgentAssignments).Select(x => x.OrganisationId).ToListAsync(),
            "team_assignments" => Set(db.TeamAssignments).Select(x => x.OrganisationId).ToListAsync(),
            "operator_statuses" => Set(db.OperatorStatuses).Select(x => x.OrganisationId).ToListAsync(),
            "agent_activity_logs" => Set(db.AgentActivityLogs).Select(x => x.OrganisationId).ToListAsync(),
            "calls" => Set(db.Calls).Select(x => x.OrganisationId).ToListAsync(),
            "chats" => Set(db.Chats).Select(x => x.OrganisationId).ToListAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
        };
    }
}
