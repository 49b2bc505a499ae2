using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses.Feed;
using AdminPortal.Web.Hosting.Simulation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting;

/// <summary>The database, the domain services, health checks, start-up work and the drain of a graceful stop.</summary>
public static class HostingSetup
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The data-protection application name: every host of one database protects cookies with one key ring.</summary>
    public const string ApplicationName = "AdminPortal";

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null && builder.Configuration["URLS"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddDomain(builder.Configuration);
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AdminPortalDbContext>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<ScaleSeeder>();
        builder.Services.AddScoped<DemoStartup>();
        builder.Services.AddHostedService<DemoSimulation>();
        builder.Services.AddOptions<DrainOptions>().BindConfiguration(DrainOptions.Section);
        builder.Services.AddSingleton<HostDrain>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HostDrain>());
        builder.Services.AddSingleton<IHostLifetime, DrainingLifetime>();
        var health = builder.Services.AddHealthChecks()
            .AddDbContextCheck<AdminPortalDbContext>("database")
            .AddCheck<DrainingHealthCheck>("draining");
        if ((builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider == DatabaseProvider.Postgres)
        {
            health.AddCheck<StatusFeedHealthCheck>("status feed");
        }

        return builder;
    }

    /// <summary>
    /// Applies migrations (SQLite in WAL mode), fills the demo organisation on an empty database, refreshes SQLite's planner
    /// statistics and prints the sign-ins once listening. Migrations and the demo run under <see cref="StartupLock"/>, so
    /// hosts started together on one PostgreSQL database do them once, one after the other.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var demo = scope.ServiceProvider.GetRequiredService<DemoStartup>();
        DemoSignIns? signIns;
        await using (await StartupLock.AcquireAsync(db, app.Lifetime.ApplicationStopping))
        {
            await MigrateAsync(db, app.Lifetime.ApplicationStopping);
            signIns = await demo.RunAsync(app.Lifetime.ApplicationStopping);
        }

        await QueryPlannerStatistics.OptimizeAsync(db, app.Lifetime.ApplicationStopping);

        var passwordFile = demo.PasswordFile;
        app.Lifetime.ApplicationStarted.Register(() => Console.Out.Write(SignInBanner.Render(ListeningUrls(app), signIns, passwordFile)));
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseMiddleware<DrainingRefusal>();
        app.MapHealthChecks("/health");
        return app;
    }

    internal static async Task MigrateAsync(AdminPortalDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static IEnumerable<string> ListeningUrls(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is { Count: > 0 } ? addresses : app.Urls.Count > 0 ? app.Urls : [DefaultUrl];
    }
}
