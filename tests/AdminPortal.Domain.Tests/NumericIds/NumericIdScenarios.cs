using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.NumericIds;

/// <summary>numeric_id: per organisation and kind, from 1, unique, never reused, safe under concurrent writers; run on SQLite and PostgreSQL.</summary>
internal sealed class NumericIdScenarios(TestDatabase database)
{
    public async Task Rows_are_numbered_from_one_in_each_organisation_and_kind()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        var vader = await empire.AddAgentAsync("Darth", "Vader", "Available");
        var regiment = await empire.AddTeamAsync("Regiment");
        var first = await empire.AddTeamAsync("1st", regiment);
        var rogue = await rebels.AddTeamAsync("Rogue Squadron");
        var lunch = await empire.AddCustomStatusAsync("Lunch");
        var menu = await empire.AddMenuAsync("Death Star");
        var (call, chat, group) = await AddCallChatAndGroupAsync(empire, vader, menu);

        (await NumberOfAsync<Agent>(empire, empire.AdminAgent.Id)).ShouldBe(1);
        (await NumberOfAsync<Agent>(empire, vader.Id)).ShouldBe(2);
        (await NumberOfAsync<Agent>(rebels, rebels.AdminAgent.Id)).ShouldBe(1);
        (await NumberOfAsync<Team>(empire, regiment.Id), await NumberOfAsync<Team>(empire, first.Id)).ShouldBe((1, 2));
        (await NumberOfAsync<Team>(rebels, rogue.Id)).ShouldBe(1);
        (await NumberOfAsync<UserStatus>(empire, lunch.Id)).ShouldBe(1);
        (await NumberOfAsync<Menu>(empire, menu.Id)).ShouldBe(1);
        (await NumberOfAsync<Call>(empire, call.Id), await NumberOfAsync<Chat>(empire, chat.Id), await NumberOfAsync<QueueGroup>(empire, group.Id))
            .ShouldBe((1, 1, 1));
        await using var scope = empire.Scope();
        (await scope.Db.AgentActivityLogs.OrderBy(l => l.NumericId).Select(l => l.NumericId).ToListAsync()).ShouldBe([1, 2]);
    }

    public async Task Built_in_statuses_keep_the_seed_ids()
    {
        var empire = await OrganisationScenario.CreateAsync(database);

        await using var scope = empire.Scope();
        var ids = await scope.Db.UserStatuses.Where(s => s.BuiltInId != null).ToDictionaryAsync(s => s.Name, s => s.NumericId);

        ids.ShouldBe(BuiltInStatuses.All.ToDictionary(s => s.Name, s => (long)s.BuiltInId), ignoreOrder: true);
        ids["Available"].ShouldBe(0);
        ids["Offline"].ShouldBe(-10);
    }

    public async Task An_id_is_never_handed_out_again_after_its_row_is_deleted()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var kept = await empire.AddTeamAsync("Kept");
        var deleted = await empire.AddTeamAsync("Deleted");
        await using (var scope = empire.Scope())
        {
            scope.Db.Teams.Remove(await scope.Db.Teams.SingleAsync(t => t.Id == deleted.Id));
            await scope.Db.SaveChangesAsync();
        }

        var next = await empire.AddTeamAsync("Next");

        (await NumberOfAsync<Team>(empire, kept.Id)).ShouldBe(1);
        (await NumberOfAsync<Team>(empire, next.Id)).ShouldBe(3);
    }

    public async Task A_refused_write_hands_its_number_to_the_next_write()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using (var scope = empire.Scope())
        {
            await scope.Get<ITeamService>().CreateAsync(empire.Admin, "Alpha", null);
            await Should.ThrowAsync<ValidationFailedException>(() => scope.Get<ITeamService>().CreateAsync(empire.Admin, "ALPHA", null));
        }

        await using var next = empire.Scope();
        var beta = await next.Get<ITeamService>().CreateAsync(empire.Admin, "Beta", null);

        beta.NumericId.ShouldBe(2);
    }

    public async Task A_row_saved_with_its_own_number_keeps_it_and_later_rows_follow_it()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using (var scope = empire.Scope())
        {
            scope.Db.Teams.Add(new Team { OrganisationId = empire.Organisation.Id, Name = "Team 147", NumericId = 147 });
            await scope.Db.SaveChangesAsync();
        }

        var next = await empire.AddTeamAsync("Next");

        (await NumberOfAsync<Team>(empire, next.Id)).ShouldBe(148);
    }

    /// <summary>Writers in separate scopes (connections) at once: every row a distinct number, none skipped.</summary>
    public async Task Concurrent_writers_get_distinct_numbers()
    {
        const int writers = 12;
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var other = database.BuildServices();
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(1, writers).Select(i => Task.Run(async () =>
        {
            // half the writers run on a second set of services, as another host process would
            await using var scope = TestDatabase.ActAs(i % 2 == 0 ? other : database.Services, empire.Organisation.Id);
            start.Wait();
            var team = await scope.Get<ITeamService>().CreateAsync(empire.Admin, $"Team {i}", null);
            return team.NumericId;
        })).ToList();
        start.Set();
        var numbers = await Task.WhenAll(tasks);

        numbers.Order().ShouldBe(Enumerable.Range(1, writers).Select(n => (long)n));
    }

    public async Task Bulk_written_rows_are_numbered_and_later_rows_follow_them()
    {
        Guid organisationId;
        await using (var system = database.CreateSystemScope())
        {
            var seeder = new ScaleSeeder(
                system.ServiceProvider.GetRequiredService<AdminPortalDbContext>(),
                system.ServiceProvider.GetRequiredService<OrganisationProvisioning>(),
                TimeProvider.System);
            organisationId = (await seeder.SeedAsync(new ScaleSeedOptions { Agents = 30, Teams = 40, Menus = 30, Days = 3 })).Organisation.Id;
        }

        await using var scope = database.ActAs(organisationId);
        await AssertNumberedAsync(scope.Db.Agents);
        await AssertNumberedAsync(scope.Db.Teams);
        await AssertNumberedAsync(scope.Db.Menus);
        await AssertNumberedAsync(scope.Db.AgentActivityLogs);
        await AssertNumberedAsync(scope.Db.Calls);
        await AssertNumberedAsync(scope.Db.Chats);
        var admin = await scope.Db.Agents.FirstAsync(a => a.Role == AgentRole.Admin);
        var team = await scope.Get<ITeamService>().CreateAsync(new(organisationId, admin.Id, AgentRole.Admin), "After the seed", null);
        team.NumericId.ShouldBe(41);
    }

    private static async Task AssertNumberedAsync<T>(IQueryable<T> rows)
        where T : class, INumbered
    {
        var numbers = await rows.Select(r => r.NumericId).OrderBy(n => n).ToListAsync();
        numbers.ShouldNotBeEmpty();
        numbers.ShouldBe(Enumerable.Range(1, numbers.Count).Select(n => (long)n), $"{typeof(T).Name} numbers");
    }

    private static async Task<long> NumberOfAsync<T>(OrganisationScenario scenario, Guid id)
        where T : class, INumbered
    {
        await using var scope = scenario.Scope();
        return await scope.Db.Set<T>().Where(e => EF.Property<Guid>(e, "Id") == id).Select(e => e.NumericId).SingleAsync();
    }

    private static async Task<(Call, Chat, QueueGroup)> AddCallChatAndGroupAsync(OrganisationScenario scenario, Agent agent, Menu menu)
    {
        await using var scope = scenario.Scope();
        var organisationId = scenario.Organisation.Id;
        var call = new Call { OrganisationId = organisationId, AgentId = agent.Id, SelectedMenuId = menu.Id };
        var chat = new Chat { OrganisationId = organisationId, AgentId = agent.Id, SelectedMenuId = menu.Id };
        var group = new QueueGroup { OrganisationId = organisationId, Name = "Shipping" };
        scope.Db.AddRange(call, chat, group);
        await scope.Db.SaveChangesAsync();
        return (call, chat, group);
    }
}
