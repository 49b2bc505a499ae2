using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Statuses.Feed;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

// Feed latency across hosts: two real hosts on one fresh PostgreSQL database; status changes written through host A at a
// steady rate; each change timed from its write (ChangedAt, stamped inside the transaction, so the commit is included)
// to its arrival at a subscriber on host B.
// the test host finds the portal's content root from the build output (dotnet run starts in the project folder)
Environment.CurrentDirectory = AppContext.BaseDirectory;
var rate = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
if (!PostgresTestCluster.IsConfigured)
{
    Console.Error.WriteLine(PostgresTestCluster.SkipReason);
    return 2;
}

await using var database = new PostgresTestCluster();
await database.InitializeAsync();
AdminPortalHostFactory Host() => new(new AdminPortalHostOptions
{
    Database = DatabaseProvider.Postgres,
    PostgresConnectionString = database.ConnectionString,
    DemoAgents = 50,
});
await using var a = Host();
await using var b = Host();
_ = a.Server;
_ = b.Server;
await Task.WhenAll(
    a.Services.GetRequiredService<PostgresFeedListener>().Listening,
    b.Services.GetRequiredService<PostgresFeedListener>().Listening);

Guid organisationId;
List<Guid> agents;
await using (var scope = a.CreateSystemScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
    organisationId = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();
    agents = await db.Agents.IgnoreQueryFilters()
        .Where(x => x.OrganisationId == organisationId && x.Status!.Category != StatusCategory.Offline && !x.Status.System)
        .Select(x => x.Id).Take(40).ToListAsync();
}

var latencies = new ConcurrentBag<double>();
var received = new ConcurrentDictionary<(Guid, DateTime), DateTime>();
var returned = new ConcurrentDictionary<(Guid, DateTime), DateTime>();
using var subscription = b.Services.GetRequiredService<IStatusFeed>().Subscribe(organisationId, change =>
{
    var now = DateTime.UtcNow;
    latencies.Add((now - change.ChangedAt).TotalMilliseconds);
    received[(change.AgentId, change.ChangedAt)] = now;
    return Task.CompletedTask;
});

var total = rate * seconds;
var interval = TimeSpan.FromSeconds(1.0 / rate);
var written = 0;
var clock = Stopwatch.StartNew();
var pending = new List<Task>();
for (var i = 0; i < total; i++)
{
    var due = interval * i;
    if (clock.Elapsed < due)
    {
        await Task.Delay(due - clock.Elapsed);
    }

    var agentId = agents[i % agents.Count];
    var status = i / agents.Count % 2 == 0 ? "Break" : "Available";
    pending.Add(Task.Run(async () =>
    {
        await using var scope = a.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisationId);
        var service = scope.ServiceProvider.GetRequiredService<IStatusChangeService>();
        var result = await service.ChangeAsync(new StatusRequest(agentId, StatusTarget.Named(status), StatusSource.System, Actor.System(organisationId)));
        if (result.Row is not null)
        {
            returned[(agentId, result.Row.CreatedAt)] = DateTime.UtcNow;
            Interlocked.Increment(ref written);
        }
    }));
}

await Task.WhenAll(pending);
await Task.Delay(TimeSpan.FromSeconds(2));

var sorted = latencies.OrderBy(x => x).ToArray();
var afterCommit = returned.Where(r => received.ContainsKey(r.Key)).Select(r => (received[r.Key] - r.Value).TotalMilliseconds).OrderBy(x => x).ToArray();
static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine($"{written} changes at {rate}/s for {seconds} s through host A; {sorted.Length} received on host B ({written - sorted.Length} missing)");
Console.WriteLine($"write -> received on the other host:  p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {sorted.LastOrDefault():F1} ms");
Console.WriteLine($"commit -> received on the other host: p50 {Percentile(afterCommit, 0.50):F1} ms, p99 {Percentile(afterCommit, 0.99):F1} ms"
    + " (from the writer's return after its commit; negative when the other host heard first)");
return sorted.Length == written ? 0 : 1;
