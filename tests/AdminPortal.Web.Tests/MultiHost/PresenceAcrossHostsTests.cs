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

    private sealed class HostOn(string connectionString) : ApiHost(new AdminPortalHostOptions
    {
        Database = AdminPortal.Domain.Data.DatabaseProvider.Postgres,
        PostgresConnectionString = connectionString,
        DemoAgents = 0,
        Settings = ShortGrace,
    });
}
