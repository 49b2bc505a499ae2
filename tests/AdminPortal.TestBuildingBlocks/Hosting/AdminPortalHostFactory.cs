using System.Net;
using System.Security.Cryptography.X509Certificates;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TestBuildingBlocks.Database;
using Xunit;

namespace TestBuildingBlocks.Hosting;

/// <summary>
/// The real host (Program) on a fresh database per fixture: a SQLite file in its own temp folder, or a new
/// PostgreSQL database when <see cref="AdminPortalHostOptions.Database"/> says so. Configured with fixed demo
/// passwords and JWT settings (<see cref="TestSecrets"/>). In-memory by default; <see cref="StartKestrel"/> runs it
/// on a free port of 127.0.0.1 for browser tests.
/// </summary>
public class AdminPortalHostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adminportal-hosts", Guid.NewGuid().ToString("N"));
    private PostgresTestCluster? _postgres;
    private bool _kestrel;
    private IHost? _host;

    public AdminPortalHostFactory()
        : this(new AdminPortalHostOptions())
    {
    }

    public AdminPortalHostFactory(AdminPortalHostOptions options)
    {
        Options = options;
        Directory.CreateDirectory(_folder);
        SqliteFile = options.SqliteFile ?? Path.Combine(_folder, "adminportal.db");
    }

    public AdminPortalHostOptions Options { get; }

    /// <summary>The SQLite database file (when on SQLite).</summary>
    public string SqliteFile { get; }

    /// <summary>The folder the host keeps its own files in (DataFolder).</summary>
    public string DataFolder => _folder;

    public string ConnectionString => Options.Database == DatabaseProvider.Postgres
        ? Options.PostgresConnectionString ?? _postgres?.ConnectionString ?? throw new InvalidOperationException("Initialise the factory first (it is an xunit IAsyncLifetime fixture).")
        : new SqliteConnectionStringBuilder { DataSource = SqliteFile, Pooling = false, DefaultTimeout = 60 }.ToString();

    /// <summary>The address of the running Kestrel server (after <see cref="StartKestrel"/>).</summary>
    public Uri? ServerAddress { get; private set; }

    public virtual async Task InitializeAsync()
    {
        if (Options.Database == DatabaseProvider.Postgres && Options.PostgresConnectionString is null)
        {
            _postgres = new PostgresTestCluster();
            await _postgres.InitializeAsync();
        }
    }

    /// <summary>
    /// Runs the host on real Kestrel on 127.0.0.1 with a free port (over HTTPS with <paramref name="certificate"/> when
    /// given); returns its address.
    /// </summary>
    public Uri StartKestrel(X509Certificate2? certificate = null)
    {
        if (ServerAddress is not null)
        {
            return ServerAddress;
        }

        _kestrel = true;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServerAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return ServerAddress;
    }

    /// <summary>The running host, to stop it gracefully (as SIGTERM does) while its server still answers.</summary>
    public IHost RunningHost => _host ?? throw new InvalidOperationException("The host has not started yet.");

    /// <summary>A DI scope acting as <paramref name="organisationId"/> inside the running host.</summary>
    public AsyncServiceScope ActAs(Guid organisationId)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(organisationId);
        return scope;
    }

    /// <summary>A DI scope with no tenant (use IgnoreQueryFilters() to read across organisations).</summary>
    public AsyncServiceScope CreateSystemScope() => Services.CreateAsyncScope();

    public IReadOnlyDictionary<string, string?> Configuration()
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:Provider"] = Options.Database.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
            ["DataFolder"] = _folder,
            ["Demo:Enabled"] = Options.Demo ? "true" : "false",
            ["Demo:Agents"] = Options.DemoAgents.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:AdminEmail"] = TestSecrets.AdminEmail,
            ["Demo:AdminPassword"] = TestSecrets.AdminPassword,
            ["Demo:AgentPassword"] = TestSecrets.AgentPassword,

            // traffic of its own would move agents and queues under the tests' feet; a test may turn it on
            ["Demo:Simulate"] = "false",
            ["Auth:SigningKey"] = TestSecrets.SigningKey,
            ["Auth:Issuer"] = TestSecrets.Issuer,
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in Options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Configuration())
        {
            builder.UseSetting(key, value);
        }

        if (_kestrel)
        {
            builder.UseStaticWebAssets();
        }

        if (Options.Environment is { } environment)
        {
            builder.ConfigureTestServices(environment);
        }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Options.SqliteFile is null)
        {
            TryDelete(_folder);
        }

        GC.SuppressFinalize(this);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // still open elsewhere: the OS cleans its temp folder later
        }
    }
}
