using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Fuzz.Tests;

/// <summary>
/// The real host on Kestrel (127.0.0.1, a free port) on a fresh SQLite database with the demo organisation; rate limits
/// high enough that the run reaches the handlers instead of the limiter. Tokens for its agent, supervisor and admin.
/// </summary>
public sealed class FuzzHost : IAsyncLifetime
{
    public const string AgentEmail = "notanakinskywalker@empire.com";
    public const string SupervisorEmail = "moff.tarkin@empire.com";
    private const string Unlimited = "10000";

    public AdminPortalHostFactory Host { get; } = new(new AdminPortalHostOptions
    {
        DemoAgents = 3,
        Settings = new Dictionary<string, string?>
        {
            ["Api:DefaultRateLimitPerSecond"] = Unlimited,
            ["Api:AnonymousRateLimitPerSecond"] = Unlimited,
        },
    });

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<FuzzActor> Actors { get; private set; } = [];

    /// <summary>The ids a run must not write to: its own actors and their organisation.</summary>
    public IReadOnlyList<string> ProtectedIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        Address = Host.StartKestrel();
        await using var scope = Host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Organisations.IgnoreQueryFilters().ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, int.Parse(Unlimited, System.Globalization.CultureInfo.InvariantCulture)));
        var issuer = scope.ServiceProvider.GetRequiredService<TokenIssuer>();
        var actors = new List<FuzzActor> { new("anonymous", null) };
        var protectedIds = new List<string>();
        foreach (var (role, email) in new[] { ("agent", AgentEmail), ("supervisor", SupervisorEmail), ("admin", TestSecrets.AdminEmail) })
        {
            var agent = await db.Agents.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Email == email);
            actors.Add(new FuzzActor(role, "Bearer " + issuer.Issue(agent).AccessToken));
            protectedIds.Add(agent.Id.ToString());
            protectedIds.Add(agent.OrganisationId.ToString());
        }

        Actors = actors;
        ProtectedIds = protectedIds;
    }

    public HttpClient Client(FuzzActor? actor = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 16 })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (actor?.Authorization is { } authorization)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return client;
    }

    public FuzzActor Admin => Actors.Single(a => a.Name == "admin");

    /// <summary>The host's own OpenAPI document, as any client would fetch it.</summary>
    public async Task<OpenApiDocument> OpenApiAsync()
    {
        using var client = Client();
        var text = await client.GetStringAsync("/api/openapi.json");
        return new OpenApiDocument(JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Ids of every collection the document lists, read as the admin.</summary>
    public async Task<KnownIds> KnownIdsAsync(OpenApiDocument document)
    {
        var ids = new KnownIds(ProtectedIds);
        using var client = Client(Admin);
        foreach (var list in document.Operations.Where(o => o.Method == "GET" && !o.PathTemplate.Contains('{', StringComparison.Ordinal) && o.In("query").Any(p => p.Name == "page[size]")))
        {
            var response = await client.GetAsync($"{list.PathTemplate}?page[size]=100");
            if (response.IsSuccessStatusCode)
            {
                ids.AddDocument(list.PathTemplate, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
            }
        }

        return ids;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
