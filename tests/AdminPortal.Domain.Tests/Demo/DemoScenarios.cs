using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Demo;

/// <summary>The demo organisation (200 generated agents, as by default) and a scale seed, written under every unique key; SQLite and PostgreSQL.</summary>
internal sealed class DemoScenarios(TestDatabase database)
{
    public async Task Demo_carries_the_numeric_ids_of_the_seed_examples()
    {
        var demo = await SeedDemoAsync();
        await using var scope = database.ActAs(demo);
        var db = scope.Db;

        var agents = await db.Agents.Where(a => a.NumericId < 1408).ToDictionaryAsync(a => AgentName.Of(a.FirstName, a.MiddleName, a.LastName), a => a.NumericId);
        agents.ShouldBe(new Dictionary<string, long>
        {
            ["Demo Admin"] = 1,
            ["Darth Vader"] = 11,
            ["Craig T"] = 12,
            ["Raymond D"] = 13,
            ["Barry Allen"] = 81,
            ["Moff Tarkin"] = 1407,
            ["Storm Trooper 1"] = 19,
            ["Storm Trooper 2"] = 20,
            ["Storm Trooper 3"] = 21,
            ["Storm Trooper 5"] = 34,
            ["Storm Trooper 6"] = 35,
            ["Storm Trooper 7"] = 36,
        }, ignoreOrder: true);
        (await db.Agents.CountAsync(a => a.NumericId > 1407)).ShouldBe(200);

        var teamOne = await db.Teams.Include(t => t.Agents).SingleAsync(t => t.NumericId == 1);
        teamOne.Agents.Select(a => a.NumericId).Order().ShouldBe([12L, 13L]);
        (await db.Teams.Where(t => new long[] { 10, 11, 12, 34, 147 }.Contains(t.NumericId)).OrderBy(t => t.NumericId).Select(t => t.Name).ToListAsync())
            .ShouldBe(["Storm Troopers", "Forest Moon of Endor Team", "Death Star Team", "Storm Trooper 1st Regiment", "Storm Trooper Regiment"]);
        (await db.Menus.Where(m => new long[] { 11, 1693, 2024, 2025, 2026, 2028, 2029, 2036, 2049 }.Contains(m.NumericId)).OrderBy(m => m.NumericId).Select(m => m.Name).ToListAsync())
            .ShouldBe(["Carpentry", "Death Star", "Death Star Venting System", "Droid Repair", "Storm Trooper Armor", "Speed Issues", "Mobile 1", "Armor Polishing Team", "Emperor's Hotline"]);
    }

    public async Task Demo_starts_Darth_Vader_on_Lunch_and_gives_Storm_Troopers_three_digit_extensions()
    {
        var demo = await SeedDemoAsync();
        await using var scope = database.ActAs(demo);

        var vader = await scope.Db.Agents.Include(a => a.Status).SingleAsync(a => a.Email == DemoCast.DarthVaderEmail);
        var troopers = await scope.Db.Agents.Where(a => a.Email.StartsWith("trooper")).Select(a => a.ExtensionNumber!).ToListAsync();
        var statuses = await scope.Db.UserStatuses.Where(s => s.BuiltInId == null).OrderBy(s => s.NumericId).Select(s => new { s.Name, s.NumericId }).ToListAsync();

        vader.Status!.Name.ShouldBe("Lunch");
        vader.Status.Category.ShouldBe(StatusCategory.Away);
        troopers.Count.ShouldBe(6);
        troopers.ShouldAllBe(extension => extension.Length == 3 && extension.All(char.IsAsciiDigit));
        statuses.Select(s => (s.Name, s.NumericId)).ShouldBe([("Coaching", 1L), ("Training", 2L), ("Lunch", 3L)]);
    }

    public async Task The_scale_seed_writes_generated_names_that_are_unique_among_siblings()
    {
        Guid organisationId;
        await using (var system = database.CreateSystemScope())
        {
            var seeder = new ScaleSeeder(
                system.ServiceProvider.GetRequiredService<AdminPortalDbContext>(),
                system.ServiceProvider.GetRequiredService<OrganisationProvisioning>(),
                TimeProvider.System);
            organisationId = (await seeder.SeedAsync(new ScaleSeedOptions { Agents = 300, Teams = 300, Menus = 400, Days = 1 })).Organisation.Id;
        }

        await using var scope = database.ActAs(organisationId);
        var teams = await scope.Db.Teams.Select(t => new { t.ParentId, t.Name }).ToListAsync();
        var menus = await scope.Db.Menus.Select(m => new { m.ParentId, m.Name }).ToListAsync();
        teams.Count.ShouldBe(300);
        menus.Count.ShouldBe(400);
        teams.GroupBy(t => (t.ParentId, t.Name.ToLowerInvariant())).ShouldAllBe(g => g.Count() == 1);
        menus.GroupBy(m => (m.ParentId, m.Name.ToLowerInvariant())).ShouldAllBe(g => g.Count() == 1);
        teams.ShouldContain(t => t.Name.EndsWith(" 2", StringComparison.Ordinal), "the generator repeats names, so some were numbered");
    }

    private async Task<Guid> SeedDemoAsync()
    {
        await using var system = database.CreateSystemScope();
        var db = system.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var existing = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var seeder = new DemoSeeder(db, TimeProvider.System, Options.Create(new OrganisationDefaults()));
        var result = await seeder.SeedIfEmptyAsync(new DemoSeedRequest("admin@example.com", "admin-password", "agent-password", 200))
            ?? throw new InvalidOperationException("The demo database already held another organisation.");
        return result.Organisation.Id;
    }
}
