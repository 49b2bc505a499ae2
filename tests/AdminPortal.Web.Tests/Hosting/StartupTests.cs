using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_on_an_empty_sqlite_file_creates_the_schema_and_the_demo_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adminportal-hosts", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "adminportal.db");
        Directory.CreateDirectory(folder);
        try
        {
            DatabaseCounts first;
            await using (var host = new AdminPortalHostFactory(new AdminPortalHostOptions { SqliteFile = file, DemoAgents = 10 }))
            {
                (await host.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
                first = await DatabaseCounts.ReadAsync(host);
            }

            await using (var again = new AdminPortalHostFactory(new AdminPortalHostOptions { SqliteFile = file, DemoAgents = 10 }))
            {
                (await again.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
                var second = await DatabaseCounts.ReadAsync(again);

                first.Organisations.ShouldBe(1);
                first.Agents.ShouldBe(DemoCastSize + 10);
                first.ActivityLogs.ShouldBeGreaterThan(0);
                second.ShouldBe(first);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Health_answers_healthy_and_the_home_page_answers()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { Demo = false });
        var client = host.CreateClient();

        var health = await client.GetAsync("/health");
        var home = await client.GetAsync("/");

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Demo_off_leaves_the_database_empty()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { Demo = false });
        host.CreateClient();

        var counts = await DatabaseCounts.ReadAsync(host);

        counts.Organisations.ShouldBe(0);
        counts.Agents.ShouldBe(0);
    }

    [Fact]
    public async Task Demo_starts_the_seed_example_agents_in_their_seed_002_statuses()
    {
        await using var host = new AdminPortalHostFactory();
        host.CreateClient();
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();

        var statuses = await db.Agents.IgnoreQueryFilters()
            .Where(a => a.Email.EndsWith("@empire.com") || a.Email.EndsWith("@nelson.com"))
            .Select(a => new { a.FirstName, a.MiddleName, a.LastName, Status = a.Status!.Name })
            .ToDictionaryAsync(a => AdminPortal.Domain.Agents.AgentName.Of(a.FirstName, a.MiddleName, a.LastName), a => a.Status);

        statuses["Darth Vader"].ShouldBe("Lunch");
        statuses["Craig T"].ShouldBe("In-call");
        statuses["Raymond D"].ShouldBe("Offline");
        statuses["Barry Allen"].ShouldBe("Offline");
        statuses["Storm Trooper 1"].ShouldBe("Available");
        statuses["Storm Trooper 3"].ShouldBe("Available");
    }

    [Fact]
    public async Task Demo_admin_and_agents_sign_in_with_the_configured_passwords()
    {
        await using var host = new AdminPortalHostFactory();
        host.CreateClient();
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var hasher = new PasswordHasher<Agent>();

        var admin = await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Email == TestSecrets.AdminEmail);
        var vader = await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Email == DemoCast.DarthVaderEmail);
        var generated = await db.Agents.IgnoreQueryFilters().FirstAsync(a => a.Email.EndsWith("@deathstar.example.com"));

        admin.Role.ShouldBe(AgentRole.Admin);
        hasher.VerifyHashedPassword(admin, admin.PasswordHash!, TestSecrets.AdminPassword).ShouldNotBe(PasswordVerificationResult.Failed);
        hasher.VerifyHashedPassword(vader, vader.PasswordHash!, TestSecrets.AgentPassword).ShouldNotBe(PasswordVerificationResult.Failed);
        hasher.VerifyHashedPassword(generated, generated.PasswordHash!, TestSecrets.AgentPassword).ShouldNotBe(PasswordVerificationResult.Failed);
        hasher.VerifyHashedPassword(vader, vader.PasswordHash!, TestSecrets.AdminPassword).ShouldBe(PasswordVerificationResult.Failed);
    }

    [Fact]
    public async Task Generated_demo_passwords_are_kept_and_reused_on_the_next_start()
    {
        var noPasswords = new Dictionary<string, string?> { ["Demo:AdminPassword"] = string.Empty, ["Demo:AgentPassword"] = string.Empty };
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { DemoAgents = 0, Settings = noPasswords });
        host.CreateClient();
        var file = new AdminPortal.Web.Hosting.DemoSignInFile(host.DataFolder);
        var kept = file.Read();

        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var admin = await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Email == TestSecrets.AdminEmail);
        var startup = scope.ServiceProvider.GetRequiredService<AdminPortal.Web.Hosting.DemoStartup>();
        var shownOnRestart = await startup.RunAsync();

        kept.AdminPassword.ShouldNotBeNullOrWhiteSpace();
        kept.AgentPassword.ShouldNotBeNullOrWhiteSpace();
        new PasswordHasher<Agent>().VerifyHashedPassword(admin, admin.PasswordHash!, kept.AdminPassword!).ShouldNotBe(PasswordVerificationResult.Failed);
        shownOnRestart.ShouldNotBeNull();
        shownOnRestart.AdminPassword.ShouldBe(kept.AdminPassword);
        shownOnRestart.AgentPassword.ShouldBe(kept.AgentPassword);
        (await db.Organisations.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Host_runs_on_kestrel_on_a_free_loopback_port()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { Demo = false });

        var address = host.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };
        var health = await client.GetAsync("/health");

        address.Host.ShouldBe("127.0.0.1");
        address.Port.ShouldNotBe(5000);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Start_up_gives_sqlite_the_statistics_to_count_team_members_through_the_membership_index()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { DemoAgents = 50 });
        host.CreateClient();
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var organisationId = await db.Organisations.IgnoreQueryFilters().Select(o => o.Id).SingleAsync();

        // the shape EF Core gives agents_count: members of each team, joined to the organisation's agents
        var plan = await ExplainAsync(db, """
            SELECT t.id, (SELECT COUNT(*) FROM agent_team AS m
                          INNER JOIN (SELECT a.id FROM agents AS a WHERE a.organisation_id = $organisation) AS a ON m.agents_id = a.id
                          WHERE m.teams_id = t.id)
            FROM teams AS t WHERE t.organisation_id = $organisation
            """, organisationId);

        plan.ShouldContain("ix_agent_team_teams_id");
    }

    private static async Task<string> ExplainAsync(AdminPortalDbContext db, string sql, Guid organisationId)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$organisation";
        parameter.Value = organisationId.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        var plan = new System.Text.StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(3));
        }

        return plan.ToString();
    }

    [PostgresFact]
    public async Task Start_on_an_empty_postgres_database_creates_the_schema_and_the_demo_once()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { Database = DatabaseProvider.Postgres, DemoAgents = 10 });
        await host.InitializeAsync();
        (await host.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await DatabaseCounts.ReadAsync(host);

        await using (var scope = host.CreateSystemScope())
        {
            var startup = scope.ServiceProvider.GetRequiredService<AdminPortal.Web.Hosting.DemoStartup>();
            await startup.RunAsync();
        }

        var second = await DatabaseCounts.ReadAsync(host);
        first.Organisations.ShouldBe(1);
        first.Agents.ShouldBe(DemoCastSize + 10);
        second.ShouldBe(first);
    }

    /// <summary>The admin, Darth Vader, Craig T, Raymond D, Barry Allen, Moff Tarkin and six Storm Troopers.</summary>
    private const int DemoCastSize = 12;
}
