using AdminPortal.Domain.Data;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.Clients;

/// <summary>The real host on Kestrel (127.0.0.1, a free port) for clients that run in another process.</summary>
public sealed class KestrelApiHost : AdminPortalHostFactory
{
    public Uri Address { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Address = StartKestrel();
        await using var scope = CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Organisations.IgnoreQueryFilters().ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, ApiHost.GenerousRateLimit));
    }

    public async Task<string> AdminTokenAsync()
    {
        await using var scope = CreateSystemScope();
        var admin = await scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>().Agents.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(a => a.Email == TestSecrets.AdminEmail);
        return Services.GetRequiredService<TokenIssuer>().Issue(admin).AccessToken;
    }
}

/// <summary>
/// Independent JSON:API client libraries (npm kitsu, and jsona over fetch) drive the API through include, sparse fieldsets, paging by
/// <c>links.next</c>, a create with relationships, an update, to-many add and remove, an atomic batch with <c>lid</c>s and a delete;
/// every answer also passes the scripts' strict checks (media type, Vary, full linkage, no duplicates, valid link URIs).
/// </summary>
public sealed class JsonApiClientTests(KestrelApiHost host) : IClassFixture<KestrelApiHost>
{
    [NodeFact]
    public Task Kitsu_client_works_against_the_API() => RunClientAsync("kitsu-client.mjs");

    [NodeFact]
    public Task Jsona_client_works_against_the_API() => RunClientAsync("jsona-client.mjs");

    private async Task RunClientAsync(string script)
    {
        // Arrange
        var environment = new Dictionary<string, string>
        {
            ["API_BASE_URL"] = new Uri(host.Address, "/api/").ToString(),
            ["API_TOKEN"] = await host.AdminTokenAsync(),
        };

        // Act
        var result = await NodeScripts.RunAsync(script, [], environment);

        // Assert
        result.ExitCode.ShouldBe(0, result.Output);
        result.StandardOutput.ShouldContain("all 7 steps passed", customMessage: result.Output);
    }
}
