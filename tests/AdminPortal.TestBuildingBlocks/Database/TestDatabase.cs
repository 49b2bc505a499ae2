using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace TestBuildingBlocks.Database;

/// <summary>
/// A fresh, migrated database for one test fixture with the domain services around it (<c>AddDomain</c>).
/// <see cref="ActAs(Guid)"/> hands out scopes whose <see cref="AdminPortalDbContext"/> and services act as one organisation.
/// Derive and override <see cref="ConfigureServices"/> to replace services (a manual clock, a fake feed).
/// </summary>
public abstract class TestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private ServiceProvider? _services;
    private int _organisationCounter;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string of this fixture's own database (available after initialisation).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>The configuration keys a host needs to run on this database (Database:Provider, ConnectionStrings:AdminPortal).</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationValues => new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.Section}:Provider"] = Provider.ToString(),
        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
    };

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The test database is not initialised.");

    public async Task InitializeAsync()
    {
        if (!await CreateDatabaseAsync())
        {
            return;
        }

        _services = BuildServices();
        if (!Migrates)
        {
            return;
        }

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.MigrateAsync();
        await AfterMigrateAsync(db);
    }

    /// <summary>False leaves the new database empty (no schema), e.g. for hosts that migrate it themselves.</summary>
    protected virtual bool Migrates => true;

    /// <summary>Runs once on the migrated database (SQLite switches to WAL, as the host does).</summary>
    protected virtual Task AfterMigrateAsync(AdminPortalDbContext db) => Task.CompletedTask;

    /// <summary>
    /// A second, independent set of domain services over the same database, as another process of the host would have
    /// (its own singletons: status locks, feed, presence). The caller disposes it.
    /// </summary>
    public ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(ConfigurationValues)
            .AddInMemoryCollection(ExtraConfiguration())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDomain(configuration);
        ConfigureServices(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A scope of <paramref name="services"/> (see <see cref="BuildServices"/>) acting as <paramref name="organisationId"/>.</summary>
    public static TenantScope ActAs(IServiceProvider services, Guid organisationId)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AdminPortal.Domain.Tenancy.TenantContext>().Use(organisationId);
        return new TenantScope(scope, organisationId);
    }

    /// <summary>A scope acting as <paramref name="organisationId"/>: its DbContext sees only that organisation's rows.</summary>
    public TenantScope ActAs(Guid organisationId) => ActAs(Services, organisationId);

    /// <summary>A scope with no tenant: organisation-owned rows are invisible unless queried with <c>IgnoreQueryFilters()</c>.</summary>
    public AsyncServiceScope CreateSystemScope() => Services.CreateAsyncScope();

    /// <summary>A new organisation with its built-in statuses and a unique subdomain.</summary>
    public async Task<Organisation> CreateOrganisationAsync(string? name = null)
    {
        var number = Interlocked.Increment(ref _organisationCounter);
        await using var scope = CreateSystemScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<OrganisationProvisioning>();
        return await provisioning.CreateAsync(name ?? $"Organisation {number}", $"org-{number}-{Guid.NewGuid():N}");
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => [];

    /// <summary>Creates the empty database; false when this provider is not available (the tests skip).</summary>
    protected abstract Task<bool> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
            _services = null;
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }
}
