using System.Globalization;
using JsonApi;
using JsonApi.Bench;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run -c Release --project bench/JsonApi.Bench [seconds per endpoint and scenario, default 8] [rounds, default 4]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 8;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var databasePath = Path.Combine(Path.GetTempPath(), $"jsonapi-bench-{Guid.NewGuid():N}.db");
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddDbContext<BenchDbContext>(options => options.UseSqlite($"Data Source={databasePath}"));
builder.Services.AddJsonApi<BenchDbContext>(
    options => options.MaxPageSize = 100,
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
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address) };
client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.api+json");
Guid someId;
await using (var scope = app.Services.CreateAsyncScope())
{
    someId = await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Articles.OrderBy(a => a.Id).Skip(5000).Select(a => a.Id).FirstAsync();
}

var scenarios = new (string Name, string Library, string Hand)[]
{
    ("list of 100, 2 includes, sparse fields",
        "/api/articles?page[size]=100&include=author,blog&fields[Article]=title,views,author,blog&fields[Author]=name&fields[Blog]=title",
        "/hand/articles"),
    ("single resource", $"/api/articles/{someId}", $"/hand/articles/{someId}"),
    ("20 authors, 10 of 100 articles each",
        "/api/authors?page[size]=20&include=articles&fields[Author]=name,articles&fields[Article]=title,views",
        "/hand/authors"),
};

var duration = TimeSpan.FromSeconds(seconds);
var warmup = TimeSpan.FromSeconds(Math.Max(3, seconds / 2));
Console.WriteLine($"{"scenario",-42} {"endpoint",-12} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"alloc B/req",12} {"body B",8} {"cpu ms/req",10}");
foreach (var (name, library, hand) in scenarios)
{
    var (lib, raw) = await LoadRunner.CompareAsync(client, ("JsonApi", library), ("hand-written", hand), warmup, duration, concurrency: 4, rounds);
    foreach (var result in new[] { lib, raw })
    {
        Console.WriteLine($"{name,-42} {result.Name,-12} {result.RequestsPerSecond,9:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2} {result.BytesPerRequest,12:N0} {result.ResponseBytes,8:N0} {result.CpuMsPerRequest,10:F2}");
    }

    Console.WriteLine($"{name,-42} ratio JsonApi/hand-written: throughput {lib.RequestsPerSecond / raw.RequestsPerSecond:F2}x, p50 {lib.P50Ms / raw.P50Ms:F2}x, allocations {(double)lib.BytesPerRequest / raw.BytesPerRequest:F2}x, cpu/request {lib.CpuMsPerRequest / raw.CpuMsPerRequest:F2}x");
}

Console.WriteLine("Allocated bytes include the in-process HttpClient side of each request.");
await app.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(databasePath);
