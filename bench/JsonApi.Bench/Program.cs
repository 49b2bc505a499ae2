using JsonApi;
using JsonApi.Bench;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run -c Release --project bench/JsonApi.Bench -- [seconds per endpoint and scenario, default 8] [rounds, default 4]
//        [--load wrk|in-process, default wrk] [--serve PORT: only start the host, for a load tool of your own]
//        [--only TEXT: only the scenarios whose name contains TEXT]
var options = BenchOptions.Parse(args);
var databasePath = Path.Combine(Path.GetTempPath(), $"jsonapi-bench-{Guid.NewGuid():N}.db");
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Error);
builder.WebHost.UseUrls($"http://127.0.0.1:{options.ServePort ?? 0}");
builder.Services.AddDbContext<BenchDbContext>(db => db.UseSqlite($"Data Source={databasePath}"));
builder.Services.AddJsonApi<BenchDbContext>(
    api => api.MaxPageSize = 100,
    graph => graph
        .Add<BenchArticle>("Article", "articles", r => r
            .Attribute(a => a.Title).Attribute(a => a.Body).Attribute(a => a.Views).Attribute(a => a.CreatedAt)
            .HasOne(a => a.Author).HasOne(a => a.Blog))
        .Add<BenchAuthor>("Author", "authors", r => r.Attribute(a => a.Name).Attribute(a => a.Email).HasMany(a => a.Articles))
        .Add<BenchBlog>("Blog", "blogs", r => r.Attribute(b => b.Title).HasMany(b => b.Articles)));
await using var app = builder.Build();
app.MapJsonApi("/api");
HandWrittenEndpoints.Map(app);

await using (var scope = app.Services.CreateAsyncScope())
{
    Console.WriteLine("Seeding 10,000 articles…");
    await BenchDbContext.SeedAsync(scope.ServiceProvider.GetRequiredService<BenchDbContext>(), 10_000);
}

await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
using var client = new HttpClient { BaseAddress = address };
client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.api+json");
Guid someId;
await using (var scope = app.Services.CreateAsyncScope())
{
    someId = await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Articles.OrderBy(a => a.Id).Skip(5000).Select(a => a.Id).FirstAsync();
}

var scenarios = BenchScenarios.All(someId);
if (!await SameDocuments.CheckAsync(client, scenarios, Console.Out))
{
    return 1;
}

if (options.ServePort is not null)
{
    Console.WriteLine($"Serving on {address} until Ctrl+C. Pairs (library, hand-written):");
    foreach (var scenario in scenarios)
    {
        Console.WriteLine($"  {scenario.Name}: {scenario.Library}  {scenario.Hand}");
    }

    await app.WaitForShutdownAsync();
    return 0;
}

ILoadDriver driver = options.Load == "wrk" ? new WrkDriver(address, connections: 4) : new InProcessDriver(client, concurrency: 4);
var duration = TimeSpan.FromSeconds(options.Seconds);
var warmup = TimeSpan.FromSeconds(Math.Max(4, options.Seconds / 2));
Console.WriteLine($"Load: {options.Load}, 4 connections; {options.Rounds} alternating rounds of {options.Seconds / options.Rounds:F1} s per endpoint. Load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"{"scenario",-42} {"endpoint",-12} {"cpu ms/req",10} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"alloc B/req",12} {"body B",8}");
foreach (var (name, library, hand) in scenarios.Where(scenario => options.Only is null || scenario.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)))
{
    var (lib, raw) = await LoadRunner.CompareAsync(driver, client, ("JsonApi", library), ("hand-written", hand), warmup, duration, options.Rounds);
    foreach (var result in new[] { lib, raw })
    {
        Console.WriteLine($"{name,-42} {result.Name,-12} {result.CpuMsPerRequest,10:F3} {result.RequestsPerSecond,9:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2} {result.BytesPerRequest,12:N0} {result.ResponseBytes,8:N0}");
    }

    Console.WriteLine($"{name,-42} hand-written/JsonApi cpu per request: {raw.CpuMsPerRequest / lib.CpuMsPerRequest:F2}x (the library's efficiency); " +
        $"throughput JsonApi/hand-written {lib.RequestsPerSecond / raw.RequestsPerSecond:F2}x, allocations {(double)lib.BytesPerRequest / raw.BytesPerRequest:F2}x; " +
        $"{lib.WarmupPasses} warm-up passes");
}

Console.WriteLine(driver.SharesProcess
    ? "Processor time and allocations are the whole process's: the in-process client's share is included."
    : "Processor time and allocations are the server process's alone (wrk runs in its own process).");
Console.WriteLine($"Load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
await app.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(databasePath);
return 0;
