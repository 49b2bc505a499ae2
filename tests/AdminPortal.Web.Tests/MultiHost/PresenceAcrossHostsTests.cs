using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Presence;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>A widget held open on one host keeps its agent online on every host; once that host is gone the agent times out, once.</summary>
public sealed class PresenceAcrossHostsTests
{
    private const string Agent = "trooper7@empire.com";

    private static readonly IReadOnlyDictionary<string, string?> ShortGrace = new Dictionary<string, string?>
    {
        ["Presence:GraceSeconds"] = "2",
        ["Presence:SweepSeconds"] = "1",
    };

    /// <summary>An agent no host holds goes Offline within about 3 s: well before a row goes stale (3 sweeps + 2 s).</summary>
    private static readonly IReadOnlyDictionary<string, string?> GraceOfOneSecond = new Dictionary<string, string?>
    {
        ["Presence:GraceSeconds"] = "1",
        ["Presence:SweepSeconds"] = "1",
    };

    [PostgresFact]
    public async Task A_widget_on_one_host_keeps_its_agent_online_until_that_host_is_gone()
    {
        await using var database = new PostgresTestCluster();
        await database.InitializeAsync();
        var a = new HostOn(database.ConnectionString);
        await a.InitializeAsync();
        var agent = await a.AgentAsync(Agent);
        await a.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(x => x.Id == agent.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(p => p.SessionOrigin, SessionOrigin.Widget)));
        var widget = a.Services.GetRequiredService<IPresenceTracker>().WidgetOpened(agent.OrganisationId, agent.Id);
        var since = DateTime.UtcNow;

        await using var b = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Database = AdminPortal.Domain.Data.DatabaseProvider.Postgres,
            PostgresConnectionString = database.ConnectionString,
            DemoAgents = 0,
            Settings = ShortGrace,
        });
        _ = b.Server;
        await Task.Delay(TimeSpan.FromSeconds(6));
        var whileHeld = await a.StatusOfAsync(Agent);

        await a.DisposeAsync();
        var offline = await FeedRecorder.UntilAsync(() => StatusOf(b, agent.Id) == "Offline", TimeSpan.FromSeconds(15));

        whileHeld.ShouldBe("Available");
        offline.ShouldBeTrue("the agent was not timed out after its host was gone");
        var logouts = await Logouts(b, agent.Id, since);
        logouts.ShouldBe(1);
        widget.Dispose();
    }

    [PostgresFact]
    public async Task The_widgets_of_a_crashed_host_are_released_once_stale_and_one_surviving_host_times_their_agent_out()
    {
        await using var database = new PostgresTestCluster();
        await database.InitializeAsync();
        await using var a = new HostOn(database.ConnectionString, GraceOfOneSecond);
        await a.InitializeAsync();
        await a.PutInStatusAsync(Agent, "Available");
        var agent = await a.AgentAsync(Agent);
        await using var b = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Database = AdminPortal.Domain.Data.DatabaseProvider.Postgres,
            PostgresConnectionString = database.ConnectionString,
            DemoAgents = 0,
            Settings = GraceOfOneSecond,
        });
        _ = b.Server;
        var crashed = Guid.NewGuid();
        var since = DateTime.UtcNow;
        await a.QueryAsync(async db =>
        {
            await db.Agents.IgnoreQueryFilters().Where(x => x.Id == agent.Id)
                .ExecuteUpdateAsync(x => x.SetProperty(p => p.SessionOrigin, SessionOrigin.Widget));

            // the last heartbeat of a host that held the agent's widget, then died
            return await db.Database.ExecuteSqlAsync(
                $"INSERT INTO widget_circuits (host_id, agent_id, organisation_id, open_widgets, seen_at) VALUES ({crashed}, {agent.Id}, {agent.OrganisationId}, 1, now())");
        });
        var freshFor = a.Services.GetRequiredService<SharedPresence>().FreshFor;

        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var whileFresh = StatusOf(b, agent.Id);
        var rowsWhileFresh = await RowsOfAsync(a, crashed);
        var offline = await FeedRecorder.UntilAsync(() => StatusOf(b, agent.Id) == "Offline", freshFor + TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(2));

        whileFresh.ShouldBe("Available", "the crashed host's widget stopped counting before its rows went stale");
        rowsWhileFresh.ShouldBe(1);
        offline.ShouldBeTrue("the agent of the crashed host was never timed out");
        (await RowsOfAsync(a, crashed)).ShouldBe(0);
        (await Logouts(b, agent.Id, since)).ShouldBe(1);
    }

    private static Task<int> RowsOfAsync(ApiHost host, Guid hostId) => host.QueryAsync(db => db.WidgetCircuits.CountAsync(c => c.HostId == hostId));

    private static string StatusOf(AdminPortalHostFactory host, Guid agentId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return db.Agents.IgnoreQueryFilters().Where(x => x.Id == agentId).Select(x => x.Status!.Name).Single();
    }

    private static async Task<int> Logouts(AdminPortalHostFactory host, Guid agentId, DateTime since)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.AgentActivityLogs.IgnoreQueryFilters().CountAsync(l => l.AgentId == agentId && l.Activity == "logout" && l.StartedAt >= since);
    }

    private sealed class HostOn(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : ApiHost(new AdminPortalHostOptions
    {
        Database = AdminPortal.Domain.Data.DatabaseProvider.Postgres,
        PostgresConnectionString = connectionString,
        DemoAgents = 0,
        Settings = settings ?? ShortGrace,
    });
}
