using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>The <c>simulate</c> command against a running host over HTTP, and <c>Demo:Simulate</c> inside the host.</summary>
public sealed class SimulationTests
{
    [Fact]
    public async Task The_simulate_command_drives_calls_and_chats_through_the_intake_api_and_ends_them_when_stopped()
    {
        await using var host = new AdminPortalHostFactory(new AdminPortalHostOptions { DemoAgents = 0 });
        await ((IAsyncLifetime)host).InitializeAsync();
        var url = host.StartKestrel();
        var (organisationId, secret) = await CredentialAsync(host);
        var output = new StringWriter();
        var error = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(8));

        var exitCode = await SimulateCommand.RunAsync(
            ["--url", url.ToString(), "--organisation", DemoCast.Subdomain, "--secret", secret, "--calls-per-minute", "300", "--chats-per-minute", "120"],
            output, error, stop.Token);

        exitCode.ShouldBe(0, error.ToString());
        output.ToString().ShouldContain("Done: ");
        var (calls, chats, open) = await SimulatedAsync(host, organisationId);
        calls.ShouldBeGreaterThan(0);
        chats.ShouldBeGreaterThan(0);
        open.ShouldBe(0);
        var events = await SimulatedEventsAsync(host, organisationId);
        events.ShouldContain(("selecting", null), "IVR callers start in the phone menu");
        events.ShouldContain(("offered", "Group 1"), "offers name their cascade group");
    }

    [Fact]
    public async Task The_simulate_command_explains_what_it_needs()
    {
        var error = new StringWriter();

        var exitCode = await SimulateCommand.RunAsync(["--url", "http://127.0.0.1:1"], TextWriter.Null, error);

        exitCode.ShouldBe(2);
        error.ToString().ShouldContain("--url (the host), --organisation (its subdomain, or --key) and --secret (of an organisation credential) are required.");
        error.ToString().ShouldContain(SimulateCommand.Usage);
    }

    [Fact]
    public async Task Demo_simulate_moves_the_demo_queues_inside_the_host_and_ends_its_calls_when_the_host_stops()
    {
        var host = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            DemoAgents = 0,
            Settings = new Dictionary<string, string?>
            {
                ["Demo:Simulate"] = "true",
                ["Demo:SimulateCallsPerMinute"] = "600",
                ["Demo:SimulateChatsPerMinute"] = "120",
            },
        });
        await ((IAsyncLifetime)host).InitializeAsync();
        host.StartKestrel();
        var organisationId = await DemoAsync(host);

        var started = DateTime.UtcNow;
        while ((await SimulatedAsync(host, organisationId)).Calls == 0 && DateTime.UtcNow - started < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        var running = await SimulatedAsync(host, organisationId);
        var folder = host.SqliteFile;
        await host.DisposeAsync();

        running.Calls.ShouldBeGreaterThan(0);
        await using var again = new AdminPortalHostFactory(new AdminPortalHostOptions { DemoAgents = 0, SqliteFile = folder });
        await ((IAsyncLifetime)again).InitializeAsync();
        _ = again.Server;
        (await SimulatedAsync(again, organisationId)).Open.ShouldBe(0);
    }

    private static async Task<Guid> DemoAsync(AdminPortalHostFactory host)
    {
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var organisationId = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();
        await db.Organisations.IgnoreQueryFilters().ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, 10_000));
        return organisationId;
    }

    private static async Task<(Guid OrganisationId, string Secret)> CredentialAsync(AdminPortalHostFactory host)
    {
        var organisationId = await DemoAsync(host);
        await using var scope = host.ActAs(organisationId);
        var admin = await scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>().Agents.SingleAsync(a => a.Email == TestSecrets.AdminEmail);
        var created = await scope.ServiceProvider.GetRequiredService<IApiCredentialService>()
            .CreateAsync(new Actor(organisationId, admin.Id, AgentRole.Admin), new("Simulator", ApiCredentialKind.Organisation, null));
        return (organisationId, created.Secret);
    }

    /// <summary>Simulated calls and chats so far, and how many of them are still waiting or connected.</summary>
    private static async Task<(int Calls, int Chats, int Open)> SimulatedAsync(AdminPortalHostFactory host, Guid organisationId)
    {
        await using var scope = host.ActAs(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var calls = await db.Calls.Where(c => c.ExternalId!.StartsWith("sim-")).Select(c => c.Status).ToListAsync();
        var chats = await db.Chats.Where(c => c.ExternalId!.StartsWith("sim-")).Select(c => c.Status).ToListAsync();
        var open = calls.Count(s => s is "selecting" or "queued" or "assigned" or "connected") + chats.Count(s => s is "queued" or "assigned");
        return (calls.Count, chats.Count, open);
    }

    /// <summary>The type and detail of every event of the simulated calls and chats.</summary>
    private static async Task<List<(string Type, string? Detail)>> SimulatedEventsAsync(AdminPortalHostFactory host, Guid organisationId)
    {
        await using var scope = host.ActAs(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var events = await db.ContactEvents
            .Where(e => (e.Call != null && e.Call.ExternalId!.StartsWith("sim-")) || (e.Chat != null && e.Chat.ExternalId!.StartsWith("sim-")))
            .Select(e => new { e.Type, e.Detail }).ToListAsync();
        return [.. events.Select(e => (e.Type, e.Detail))];
    }
}
