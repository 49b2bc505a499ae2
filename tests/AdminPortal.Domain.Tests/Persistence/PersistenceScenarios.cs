using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>Every entity saved, then loaded in a fresh scope with its relationships; run on SQLite and on PostgreSQL.</summary>
internal sealed class PersistenceScenarios(TestDatabase database)
{
    public async Task Agent_loads_with_status_teams_assignments_status_changes_and_activity()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var agent = await scope.Db.Agents
            .Include(a => a.Organisation)
            .Include(a => a.Status)
            .Include(a => a.Teams)
            .Include(a => a.AgentAssignments).ThenInclude(a => a.Menu)
            .Include(a => a.OperatorStatuses).ThenInclude(s => s.ChangedByUser)
            .Include(a => a.ActivityLogs)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == graph.AgentId);

        agent.Name.ShouldBe("Darth Anakin Vader");
        agent.AgentNumber.ShouldBe("Agent No.111");
        agent.ExtensionNumber.ShouldBe("111");
        agent.AvatarUrl.ShouldBe("https://example.com/vader.png");
        agent.Location.ShouldBe("Death Star");
        agent.Role.ShouldBe(AgentRole.Agent);
        agent.SessionOrigin.ShouldBe(SessionOrigin.Widget);
        agent.StatusUpdatedAt.ShouldBe(OrganisationGraph.At);
        agent.LastLoginTime.ShouldBe(OrganisationGraph.At.AddHours(-1));
        (agent.CallCount, agent.ChatCount).ShouldBe((3, 2));
        agent.Organisation!.Id.ShouldBe(graph.OrganisationId);
        agent.Status!.Name.ShouldBe("In-call");
        agent.Teams.Select(t => t.Name).ShouldBe(["Storm Trooper 1st Regiment"]);
        agent.AgentAssignments.Single().Menu!.Name.ShouldBe("Carpentry");
        agent.OperatorStatuses.Single().ChangedByUser!.Id.ShouldBe(graph.SupervisorId);
        agent.ActivityLogs.Single().Id.ShouldBe(graph.ActivityLogId);
    }

    public async Task Team_tree_loads_with_parent_children_members_and_assignments()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var parent = await scope.Db.Teams
            .Include(t => t.Children).ThenInclude(t => t.Agents)
            .Include(t => t.Children).ThenInclude(t => t.TeamAssignments).ThenInclude(a => a.Menu)
            .AsSplitQuery()
            .SingleAsync(t => t.Id == graph.ParentTeamId);

        parent.ParentId.ShouldBeNull();
        parent.Deleted.ShouldBeFalse();
        var child = parent.Children.ShouldHaveSingleItem();
        child.Name.ShouldBe("Storm Trooper 1st Regiment");
        child.ParentId.ShouldBe(graph.ParentTeamId);
        child.Position.ShouldBe(1);
        child.Agents.Select(a => a.Id).ShouldBe([graph.AgentId]);
        var assignment = child.TeamAssignments.ShouldHaveSingleItem();
        (assignment.Lang, assignment.QueueLevel, assignment.ChannelType).ShouldBe(("en", "primary", "voice_call"));
        assignment.Menu!.Id.ShouldBe(graph.MenuId);
    }

    public async Task Menu_tree_loads_with_type_children_and_assignments()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var root = await scope.Db.Menus
            .Include(m => m.Children).ThenInclude(m => m.AgentAssignments).ThenInclude(a => a.Agent)
            .Include(m => m.Children).ThenInclude(m => m.TeamAssignments).ThenInclude(a => a.Team)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == graph.ParentMenuId);

        root.MenuType.ShouldBe(MenuType.IvrMenu);
        root.OutputMsg.ShouldBe("You have reached the Death Star");
        var child = root.Children.ShouldHaveSingleItem();
        (child.Name, child.MenuType, child.Hidden, child.Position).ShouldBe(("Carpentry", MenuType.WebMenu, true, 1));
        var agentAssignment = child.AgentAssignments.ShouldHaveSingleItem();
        (agentAssignment.Lang, agentAssignment.QueueLevel, agentAssignment.ChannelType, agentAssignment.SkillLevel).ShouldBe(("it", "secondary", "chat", 7));
        agentAssignment.Agent!.Id.ShouldBe(graph.AgentId);
        child.TeamAssignments.ShouldHaveSingleItem().Team!.Id.ShouldBe(graph.TeamId);
    }

    public async Task Activity_log_loads_with_agent_whodunnit_status_call_and_chat()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var log = await scope.Db.AgentActivityLogs
            .Include(l => l.Agent).Include(l => l.Whodunnit).Include(l => l.Status).Include(l => l.Call).Include(l => l.Chat)
            .SingleAsync(l => l.Id == graph.ActivityLogId);

        log.Activity.ShouldBe(Activities.CallPickedUp);
        log.StartedAt.ShouldBe(OrganisationGraph.At);
        log.EndedAt.ShouldBe(OrganisationGraph.At.AddSeconds(90));
        log.Duration.ShouldBe(90);
        log.Agent!.Id.ShouldBe(graph.AgentId);
        log.Whodunnit!.Id.ShouldBe(graph.SupervisorId);
        log.Status!.Name.ShouldBe("In-call");
        log.Call!.Id.ShouldBe(graph.CallId);
        log.Chat!.Id.ShouldBe(graph.ChatId);
    }

    public async Task Call_and_chat_load_with_selected_menu_and_agent()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var call = await scope.Db.Calls.Include(c => c.SelectedMenu).Include(c => c.Agent).SingleAsync(c => c.Id == graph.CallId);
        var chat = await scope.Db.Chats.Include(c => c.SelectedMenu).Include(c => c.Agent).SingleAsync(c => c.Id == graph.ChatId);

        (call.CallDuration, call.WaitDuration, call.Rating, call.ServiceLevelEvent).ShouldBe((90, 25, (int?)5, "in_sla"));
        call.ConnectedAt.ShouldBe(OrganisationGraph.At.AddSeconds(25));
        call.SupportNumber.ShouldBe("+12128675309");
        call.SelectedMenu!.Id.ShouldBe(graph.MenuId);
        call.Agent!.Id.ShouldBe(graph.AgentId);
        (chat.ChatType, chat.ChatDuration, chat.MessageCount, chat.AverageResponseTime).ShouldBe(("Messaging Inbound (App Chat)", 79, 10, 12.5));
        chat.EndsAt.ShouldBe(OrganisationGraph.At.AddSeconds(90));
        chat.SelectedMenu!.Id.ShouldBe(graph.MenuId);
        chat.Agent!.Id.ShouldBe(graph.AgentId);
    }

    public async Task Organisation_loads_with_its_agents_teams_menus_and_statuses()
    {
        var graph = await OrganisationGraph.CreateAsync(database, "Galactic Empire");
        await using var scope = database.ActAs(graph.OrganisationId);

        var organisation = await scope.Db.Organisations
            .Include(o => o.Agents).Include(o => o.Teams).Include(o => o.Menus).Include(o => o.UserStatuses)
            .AsSplitQuery()
            .SingleAsync();

        organisation.Name.ShouldBe("Galactic Empire");
        organisation.ApiRateLimitPerSecond.ShouldBe(Organisation.DefaultApiRateLimitPerSecond);
        organisation.Agents.Count.ShouldBe(2);
        organisation.Teams.Count.ShouldBe(2);
        organisation.Menus.Count.ShouldBe(2);
        organisation.UserStatuses.Count.ShouldBe(11);
        var custom = organisation.UserStatuses.Single(s => s.Id == graph.CustomStatusId);
        (custom.Name, custom.Color, custom.WfmId, custom.Category, custom.System, custom.BuiltInId).ShouldBe(("Lunch", "green", (int?)45, StatusCategory.Away, false, (int?)null));
    }

    public async Task Operator_status_loads_with_agent_changer_status_and_organisation_and_stores_snake_case()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);

        var change = await scope.Db.OperatorStatuses
            .Include(s => s.SipUser).Include(s => s.ChangedByUser).Include(s => s.UserStatus).Include(s => s.Organisation)
            .SingleAsync(s => s.Id == graph.OperatorStatusId);
        var storedSource = await scope.Db.Database
            .SqlQueryRaw<string>("SELECT source AS \"Value\" FROM operator_statuses WHERE organisation_id = {0}", graph.OrganisationId)
            .SingleAsync();

        (change.Status, change.Source, change.CreatedAt).ShouldBe(("In-call", StatusSource.Admin, OrganisationGraph.At));
        change.SipUser!.Id.ShouldBe(graph.AgentId);
        change.ChangedByUser!.Id.ShouldBe(graph.SupervisorId);
        change.UserStatus!.Id.ShouldBe(graph.InCallStatusId);
        change.Organisation!.Id.ShouldBe(graph.OrganisationId);
        storedSource.ShouldBe("admin");
    }

    public async Task Agent_email_is_unique_within_an_organisation()
    {
        var graph = await OrganisationGraph.CreateAsync(database);
        await using var scope = database.ActAs(graph.OrganisationId);
        var existing = await scope.Db.Agents.AsNoTracking().SingleAsync(a => a.Id == graph.AgentId);

        scope.Db.Agents.Add(new Agent
        {
            OrganisationId = graph.OrganisationId,
            Email = existing.Email.ToUpperInvariant(),
            FirstName = "Anakin",
            LastName = "Skywalker",
            StatusId = existing.StatusId,
        });

        var error = await Should.ThrowAsync<AdminPortal.Domain.Errors.ValidationFailedException>(() => scope.Db.SaveChangesAsync());
        error.Errors["email"].ShouldBe($"The email '{existing.Email.ToUpperInvariant()}' is already used by another agent.");
    }

    public async Task Bulk_written_rows_load_with_their_relationships()
    {
        Guid organisationId;
        SeedCounts counts;
        await using (var system = database.CreateSystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<AdminPortal.Domain.Data.AdminPortalDbContext>();
            var seeder = new ScaleSeeder(db, system.ServiceProvider.GetRequiredService<OrganisationProvisioning>(), TimeProvider.System);
            var result = await seeder.SeedAsync(new ScaleSeedOptions { Agents = 20, Teams = 4, Menus = 6, Days = 5 });
            (organisationId, counts) = (result.Organisation.Id, result.Counts);
        }

        await using var scope = database.ActAs(organisationId);
        var agents = await scope.Db.Agents
            .Include(a => a.Status).Include(a => a.Teams).Include(a => a.AgentAssignments).ThenInclude(a => a.Menu)
            .Include(a => a.ActivityLogs).ThenInclude(l => l.Status)
            .AsSplitQuery()
            .ToListAsync();

        agents.Count.ShouldBe(20);
        agents.ShouldAllBe(a => a.Status != null && a.AgentAssignments.All(x => x.Menu != null));
        agents.Sum(a => a.Teams.Count).ShouldBe(counts.Memberships);
        agents.Sum(a => a.ActivityLogs.Count).ShouldBe(counts.ActivityLogs);
        agents.SelectMany(a => a.ActivityLogs).ShouldAllBe(l => l.Status != null);
        (await scope.Db.Calls.CountAsync(c => c.AgentId != null)).ShouldBe(counts.Calls);
    }
}
