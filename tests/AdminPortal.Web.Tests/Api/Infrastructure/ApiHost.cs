using System.Net.Http.Headers;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>
/// The real host on a fresh SQLite database: the demo organisation of the seed examples plus a second
/// organisation (Rebel Alliance) to prove tenancy. Clients carry bearer tokens signed by the host's key.
/// </summary>
public class ApiHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SigningKey = "api-tests-signing-key-that-is-long-enough-0123456789";
    public const string Password = "Death-Star-2026";
    public const string AdminEmail = "admin@example.com";
    public const string VaderEmail = "notanakinskywalker@empire.com";
    public const string CraigEmail = "craigT@nelson.com";
    public const string RaymondEmail = "rayd@nelson.com";
    public const string BarryEmail = "barry.allen@nelson.com";
    public const string TarkinEmail = "moff.tarkin@empire.com";
    public const string Trooper1Email = "trooper1@empire.com";
    public const string Trooper5Email = "trooper5@empire.com";
    public const string LeiaEmail = "leia@rebels.example.com";

    /// <summary>Tests fire requests quickly; only the rate-limit tests lower an organisation's limit.</summary>
    public const int GenerousRateLimit = 10_000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adminportal-api-tests", Guid.NewGuid().ToString("N"));

    public Guid DemoOrganisationId { get; private set; }
    public Guid RebelOrganisationId { get; private set; }

    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:AdminPortal", $"Data Source={Path.Combine(_folder, "adminportal.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:Issuer", "AdminPortal");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Demo:AdminPassword", Password);
        builder.UseSetting("Demo:AgentPassword", Password);
        builder.UseSetting("Demo:Agents", "0");
        Configure(builder);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.MigrateAsync();
        var demo = await new DemoSeeder(db, TimeProvider.System).SeedIfEmptyAsync(new DemoSeedRequest(AdminEmail, Password, Password, 0));
        DemoOrganisationId = demo?.Organisation.Id ?? await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();

        var rebels = await new OrganisationProvisioning(db, TimeProvider.System).CreateAsync("Rebel Alliance", "rebels");
        RebelOrganisationId = rebels.Id;
        await RebelData.AddAsync(db, rebels.Id, Password);
        await db.Organisations.IgnoreQueryFilters().ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, GenerousRateLimit));
        await ArrangeAsync(db);
    }

    /// <summary>Extra data of a fixture, written before any request.</summary>
    protected virtual Task ArrangeAsync(AdminPortalDbContext db) => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open: the temp folder is cleaned later
        }
    }

    public async Task<Agent> AgentAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.Agents.IgnoreQueryFilters().AsNoTracking().Include(a => a.Status).SingleAsync(a => a.Email == email);
    }

    public async Task<T> QueryAsync<T>(Func<AdminPortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>());
    }

    public Task<string> StatusOfAsync(string email) =>
        QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == email).Select(a => a.Status!.Name).SingleAsync());

    /// <summary>Puts an agent in a status directly (arranging a test, not the behaviour under test).</summary>
    public Task PutInStatusAsync(string email, string statusName) => QueryAsync(async db =>
    {
        var agent = await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Email == email);
        agent.StatusId = await db.UserStatuses.IgnoreQueryFilters()
            .Where(s => s.OrganisationId == agent.OrganisationId && s.Name == statusName).Select(s => s.Id).SingleAsync();
        agent.Version = Guid.NewGuid();
        return await db.SaveChangesAsync();
    });

    public async Task<string> TokenForAsync(string email) =>
        Services.GetRequiredService<TokenIssuer>().Issue(await AgentAsync(email)).AccessToken;

    public async Task<HttpClient> ClientForAsync(string email) => WithToken(await TokenForAsync(email));

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
