using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Presence;
using AdminPortal.Web.Hosting;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>
/// A host stopped gracefully drains: it answers unhealthy and refuses new pages (the proxy sends them to the other host),
/// tells its open pages to load again, waits for them, and releases its widgets, so an agent whose widget moved to the
/// other host stays online.
/// </summary>
public sealed class DrainAcrossHostsTests
{
    private const string Agent = "trooper6@empire.com";

    private static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Presence:GraceSeconds"] = "2",
        ["Presence:SweepSeconds"] = "1",
        ["Shutdown:DrainTimeout"] = "00:00:20",
    };

    [PostgresFact]
    public async Task A_stopping_host_hands_its_pages_and_widgets_to_the_other_host()
    {
        await using var database = new PostgresTestCluster();
        await database.InitializeAsync();
        var a = new HostOn(database.ConnectionString);
        await a.InitializeAsync();
        await using var b = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Database = DatabaseProvider.Postgres,
            PostgresConnectionString = database.ConnectionString,
            DemoAgents = 0,
            Settings = Settings,
        });
        _ = b.Server;
        await a.PutInStatusAsync(Agent, "Available");
        var agent = await a.AgentAsync(Agent);
        await a.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(x => x.Id == agent.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(p => p.SessionOrigin, SessionOrigin.Widget)));
        var hostA = a.Services.GetRequiredService<SharedPresence>().HostId;
        var widgetOnA = a.Services.GetRequiredService<IPresenceTracker>().WidgetOpened(agent.OrganisationId, agent.Id);
        var told = new TaskCompletionSource();
        var reloaded = new TaskCompletionSource();
        var pageOnA = a.Services.GetRequiredService<HostDrain>().Join(() =>
        {
            told.TrySetResult();
            return reloaded.Task;
        });
        (await FeedRecorder.UntilAsync(() => RowsOf(b, hostA) == 1, TimeSpan.FromSeconds(5))).ShouldBeTrue("host A never shared its widget");
        using var clientOfA = a.CreateClient();

        var stopping = a.RunningHost.StopAsync();
        await told.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var health = await clientOfA.GetAsync("/health");
        var board = await clientOfA.GetAsync("/board");

        // the page loads again through the proxy, from host B, where its widget opens
        using var widgetOnB = b.Services.GetRequiredService<IPresenceTracker>().WidgetOpened(agent.OrganisationId, agent.Id);
        widgetOnA.Dispose();
        pageOnA.Dispose();
        reloaded.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(15));
        var rowsOfAAfterStop = RowsOf(b, hostA);
        await a.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));

        health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
        board.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        board.Headers.RetryAfter.ShouldNotBeNull();
        rowsOfAAfterStop.ShouldBe(0);
        StatusOf(b, agent.Id).ShouldBe("Available");
    }

    private static int RowsOf(AdminPortalHostFactory host, Guid hostId)
    {
        using var scope = host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>().WidgetCircuits.Count(c => c.HostId == hostId);
    }

    private static string StatusOf(AdminPortalHostFactory host, Guid agentId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return db.Agents.IgnoreQueryFilters().Where(x => x.Id == agentId).Select(x => x.Status!.Name).Single();
    }

    private sealed class HostOn(string connectionString) : ApiHost(new AdminPortalHostOptions
    {
        Database = DatabaseProvider.Postgres,
        PostgresConnectionString = connectionString,
        DemoAgents = 0,
        Settings = Settings,
    });
}
