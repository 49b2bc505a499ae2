using System.Net.Http.Headers;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>
/// The real host (<see cref="AdminPortalHostFactory"/>: fresh SQLite database, demo organisation of the seed examples,
/// fixed secrets) plus a second organisation (Rebel Alliance) to prove tenancy. Clients carry bearer tokens signed by the host's key.
/// </summary>
public class ApiHost : AdminPortalHostFactory
{
    public const string Password = TestSecrets.AgentPassword;
    public const string AdminEmail = TestSecrets.AdminEmail;
    public const string VaderEmail = "notanakinskywalker@empire.com";
    public const string CraigEmail = "craigT@nelson.com";
    public const string RaymondEmail = "rayd@nelson.com";
    public const string BarryEmail = "barry.allen@nelson.com";
    public const string TarkinEmail = "moff.tarkin@empire.com";
    public const string Trooper1Email = "trooper1@empire.com";
    public const string Trooper2Email = "trooper2@empire.com";
    public const string Trooper5Email = "trooper5@empire.com";
    public const string LeiaEmail = "leia@rebels.example.com";

    /// <summary>Tests fire requests quickly; only the rate-limit tests lower an organisation's limit.</summary>
    public const int GenerousRateLimit = 10_000;

    public ApiHost()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A host with extra configuration (e.g. an AzureAd section).</summary>
    protected ApiHost(IReadOnlyDictionary<string, string?> settings)
        : this(new AdminPortalHostOptions { DemoAgents = 0, Settings = settings })
    {
    }

    protected ApiHost(AdminPortalHostOptions options)
        : base(options)
    {
    }

    public Guid DemoOrganisationId { get; private set; }
    public Guid RebelOrganisationId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Server;
        await using var scope = CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        DemoOrganisationId = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();
        var rebels = await scope.ServiceProvider.GetRequiredService<OrganisationProvisioning>().CreateAsync("Rebel Alliance", "rebels");
        RebelOrganisationId = rebels.Id;
        await RebelData.AddAsync(db, rebels.Id, Password);
        await db.Organisations.IgnoreQueryFilters().ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, GenerousRateLimit));
        await ArrangeAsync(db);
    }

    /// <summary>Extra data of a fixture, written before any request.</summary>
    protected virtual Task ArrangeAsync(AdminPortalDbContext db) => Task.CompletedTask;

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
