using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.MultiHost;

public sealed class StartupTests
{
    [PostgresFact]
    public async Task Two_hosts_started_together_on_an_empty_database_both_come_up_with_one_demo_organisation()
    {
        await using var database = new EmptyPostgresDatabase();
        await database.InitializeAsync();
        var options = new AdminPortalHostOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = database.ConnectionString, DemoAgents = 5 };
        await using var first = new AdminPortalHostFactory(options);
        await using var second = new AdminPortalHostFactory(options);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        (await first.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = second.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        (await db.Organisations.IgnoreQueryFilters().Select(o => o.Subdomain).ToListAsync()).ShouldBe([DemoCast.Subdomain]);
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
    }
}
