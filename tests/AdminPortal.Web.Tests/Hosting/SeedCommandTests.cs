using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Hosting;

public sealed class SeedCommandTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Seed_fills_a_new_organisation_with_the_requested_counts()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(
            ["--agents", "200", "--teams", "20", "--menus", "30", "--days", "7", "--organisation", "Scale Co",
             "--Database:Provider", "Sqlite", $"--ConnectionStrings:AdminPortal={database.ConnectionString}"],
            output, error);

        exitCode.ShouldBe(0, error.ToString());
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var organisation = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Name == "Scale Co");
        (await db.Agents.IgnoreQueryFilters().CountAsync(a => a.OrganisationId == organisation.Id)).ShouldBe(200);
        (await db.Teams.IgnoreQueryFilters().CountAsync(t => t.OrganisationId == organisation.Id)).ShouldBe(20);
        (await db.Menus.IgnoreQueryFilters().CountAsync(m => m.OrganisationId == organisation.Id)).ShouldBe(30);
        (await db.UserStatuses.IgnoreQueryFilters().CountAsync(s => s.OrganisationId == organisation.Id)).ShouldBe(10);
        var activity = await db.AgentActivityLogs.IgnoreQueryFilters().CountAsync(l => l.OrganisationId == organisation.Id);
        activity.ShouldBeGreaterThan(200);
        output.ToString().ShouldContain("200 agents, 20 teams, 30 menus");
        output.ToString().ShouldContain($"{activity:N0} activity log rows");
    }

    [Fact]
    public async Task Seeded_organisation_has_an_admin_who_can_sign_in_with_the_given_password()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(
            ["--agents", "20", "--teams", "3", "--menus", "3", "--days", "1", "--organisation", "Admin Co", "--agent-password", "Scale-Pass-1",
             "--Database:Provider", "Sqlite", $"--ConnectionStrings:AdminPortal={database.ConnectionString}"],
            output, error);

        exitCode.ShouldBe(0, error.ToString());
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var admin = await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Organisation!.Name == "Admin Co" && a.Role == AgentRole.Admin);
        output.ToString().ShouldContain($"Admin sign-in: {admin.Email} / Scale-Pass-1");
        new PasswordHasher<Agent>().VerifyHashedPassword(admin, admin.PasswordHash!, "Scale-Pass-1").ShouldBe(PasswordVerificationResult.Success);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(9, 30)]
    [InlineData(23, 50)]
    public async Task Seeded_history_is_contiguous_and_ends_in_the_agents_current_status(int hour, int minute)
    {
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 4, hour, minute, 0, TimeSpan.Zero));
        var seeder = new ScaleSeeder(db, scope.ServiceProvider.GetRequiredService<OrganisationProvisioning>(), clock);
        var result = await seeder.SeedAsync(new ScaleSeedOptions { Agents = 30, Teams = 5, Menus = 8, Days = 10, SegmentsPerShift = 3 });

        var agents = await db.Agents.IgnoreQueryFilters().Where(a => a.OrganisationId == result.Organisation.Id).ToListAsync();
        var logs = (await db.AgentActivityLogs.IgnoreQueryFilters().Where(l => l.OrganisationId == result.Organisation.Id).ToListAsync())
            .ToLookup(l => l.AgentId);

        foreach (var agent in agents.Where(a => logs[a.Id].Any()))
        {
            var intervals = logs[agent.Id].OrderBy(l => l.StartedAt).ThenBy(l => l.EndedAt ?? DateTime.MaxValue).ToList();
            for (var i = 0; i < intervals.Count - 1; i++)
            {
                intervals[i].StartedAt.ShouldBeLessThanOrEqualTo(intervals[i + 1].StartedAt);
                intervals[i].EndedAt.ShouldBe(intervals[i + 1].StartedAt);
                intervals[i].Duration!.Value.ShouldBe((intervals[i + 1].StartedAt - intervals[i].StartedAt).TotalSeconds, 0.001);
            }

            intervals[^1].EndedAt.ShouldBeNull();
            intervals[^1].StartedAt.ShouldBeLessThanOrEqualTo(clock.GetUtcNow().UtcDateTime);
            agent.StatusUpdatedAt.ShouldBe(intervals[^1].StartedAt);
            intervals[^1].StatusId.ShouldBe(agent.StatusId);
        }

        result.Counts.ActivityLogs.ShouldBe(logs.Sum(g => g.Count()));
    }

    [Fact]
    public async Task Seeded_agents_in_wrap_up_are_wrapping_up_a_contact_so_the_wrap_up_sweep_moves_them_on()
    {
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 4, 11, 0, 0, TimeSpan.Zero));
        var seeder = new ScaleSeeder(db, scope.ServiceProvider.GetRequiredService<OrganisationProvisioning>(), clock);
        var result = await seeder.SeedAsync(new ScaleSeedOptions { Agents = 300, Teams = 5, Menus = 8, Days = 2, Organisation = "Wrap-up Co" });
        var organisation = result.Organisation.Id;
        var wrapUp = await db.UserStatuses.IgnoreQueryFilters()
            .SingleAsync(s => s.OrganisationId == organisation && s.BuiltInId == BuiltInStatuses.WrapUp.BuiltInId);
        var wrappingUp = await db.Agents.IgnoreQueryFilters().Where(a => a.OrganisationId == organisation && a.StatusId == wrapUp.Id).ToListAsync();
        wrappingUp.ShouldNotBeEmpty("the seed puts some agents in Wrap-up");

        await scope.ServiceProvider.GetRequiredService<WrapUps>().SweepAsync();

        db.ChangeTracker.Clear();
        (await db.Agents.IgnoreQueryFilters().CountAsync(a => a.OrganisationId == organisation && a.StatusId == wrapUp.Id))
            .ShouldBe(0, "every seeded wrap-up belongs to a call or chat, and hours later it is over");
    }

    [Fact]
    public async Task Seed_refuses_a_count_that_is_not_a_number()
    {
        var error = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(["--agents", "lots"], TextWriter.Null, error);

        exitCode.ShouldBe(2);
        error.ToString().ShouldContain("--agents needs a whole number");
    }
}
