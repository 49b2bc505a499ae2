using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TestBuildingBlocks.Hosting;

namespace Scale;

/// <summary>The real host (Kestrel on 127.0.0.1, Production environment) on a database seeded by the product's own
/// <c>seed</c> command, with <see cref="SqlStatementCounter"/> on its DbContext.</summary>
public sealed class ScaleHost : IAsyncDisposable
{
    public const string OrganisationName = "Scale";
    public const string AgentPassword = "Scale-Bench-Pass-1";

    private readonly AdminPortalHostFactory _factory;
    private readonly string? _workingCopy;

    private ScaleHost(AdminPortalHostFactory factory, string? workingCopy)
    {
        _factory = factory;
        _workingCopy = workingCopy;
    }

    public SqlStatementCounter Statements { get; } = new();

    public Uri Address { get; private set; } = null!;

    public string AdminEmail { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>SQLite: the working copy the host runs on.</summary>
    public string? SqliteFile => _workingCopy;

    public static async Task<ScaleHost> StartAsync(ScaleOptions options, TextWriter log)
    {
        UseWebProjectAsContentRoot();
        string? workingCopy = null;
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = Environments.Production,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (options.LogSql)
        {
            settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var seeded = options.Database ?? Path.Combine(Path.GetTempPath(), $"adminportal-scale-{options.Agents}.db");
            if (!File.Exists(seeded))
            {
                await SeedAsync(options, DatabaseProvider.Sqlite, $"Data Source={seeded}", log);
                SqliteConnection.ClearAllPools();
            }
            else
            {
                await log.WriteLineAsync($"Reusing {seeded} (delete it to seed again).");
            }

            workingCopy = Path.Combine(Path.GetTempPath(), $"adminportal-scale-run-{Guid.NewGuid():N}.db");
            File.Copy(seeded, workingCopy);
            FlushToDisk(workingCopy);
            settings[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = $"Data Source={workingCopy}";
        }

        ScaleHost? host = null;
        var factory = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Database = options.Provider,
            SqliteFile = workingCopy,
            Settings = settings,
            Environment = services =>
            {
                services.ConfigureDbContext<SqliteAdminPortalDbContext>(db => db.AddInterceptors(host!.Statements));
                services.ConfigureDbContext<PostgresAdminPortalDbContext>(db => db.AddInterceptors(host!.Statements));
            },
        });
        host = new ScaleHost(factory, workingCopy);
        await factory.InitializeAsync();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await SeedAsync(options, DatabaseProvider.Postgres, factory.ConnectionString, log);
        }

        host.Address = factory.StartKestrel();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await SettleAsync(factory, log);
        }

        var environment = factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;
        await using var scope = factory.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        host.OrganisationId = await db.Organisations.IgnoreQueryFilters().Where(o => o.Name == OrganisationName).Select(o => o.Id).SingleAsync();
        host.AdminEmail = await db.Agents.IgnoreQueryFilters()
            .Where(a => a.OrganisationId == host.OrganisationId && a.Role == AgentRole.Admin).OrderBy(a => a.NumericId).Select(a => a.Email).FirstAsync();
        await db.Organisations.IgnoreQueryFilters().Where(o => o.Id == host.OrganisationId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, 10_000));
        await log.WriteLineAsync($"Host ({environment}) on {options.Provider} at {host.Address}, admin {host.AdminEmail}");
        return host;
    }

    /// <summary>Writes the fresh copy out now: left in the page cache, its 0.9 GB would be written back by the kernel
    /// some 30 s later, in the middle of the measurements, and each commit's flush of the write-ahead log would wait behind it.</summary>
    private static void FlushToDisk(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The host finds its static files under its project folder; started from the build output it needs to be told
    /// where that is. The folder is found by walking up from the working directory and from the bench's own folder.</summary>
    private static void UseWebProjectAsContentRoot()
    {
        const string Variable = "ASPNETCORE_TEST_CONTENTROOT_ADMINPORTAL_WEB";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            return;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var project = Path.Combine(folder.FullName, "src", "AdminPortal.Web");
                if (File.Exists(Path.Combine(project, "AdminPortal.Web.csproj")))
                {
                    Environment.SetEnvironmentVariable(Variable, project);
                    return;
                }
            }
        }
    }

    private static async Task SeedAsync(ScaleOptions options, DatabaseProvider provider, string connectionString, TextWriter log)
    {
        var teams = Math.Max(1, options.Agents / 20);
        string[] args =
        [
            "--agents", $"{options.Agents}", "--teams", $"{teams}", "--menus", $"{teams * 2}", "--days", "30",
            "--organisation", OrganisationName, "--agent-password", AgentPassword,
            "--Database:Provider", provider.ToString(), $"--ConnectionStrings:{DatabaseOptions.ConnectionStringName}", connectionString,
            "--Api:DefaultRateLimitPerSecond", "10000",
        ];
        if (await SeedCommand.RunAsync(args, log, log) != 0)
        {
            throw new InvalidOperationException("Seeding failed.");
        }
    }

    /// <summary>
    /// What autovacuum does within minutes of a bulk load: the visibility map (so index-only scans skip the table) and the
    /// planner's statistics. Measured straight after seeding, PostgreSQL would be judged on a table no running system has.
    /// </summary>
    private static async Task SettleAsync(AdminPortalHostFactory factory, TextWriter log)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = factory.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE);");
        await log.WriteLineAsync($"VACUUM (ANALYZE) after seeding: {watch.Elapsed.TotalSeconds:F1} s");
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_workingCopy is not null)
        {
            foreach (var file in new[] { _workingCopy, $"{_workingCopy}-wal", $"{_workingCopy}-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
