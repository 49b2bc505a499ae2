using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting;

/// <summary>The database, the domain services, health checks and start-up work.</summary>
public static class HostingSetup
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null && builder.Configuration["URLS"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddDomain(builder.Configuration);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<ScaleSeeder>();
        builder.Services.AddScoped<DemoStartup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AdminPortalDbContext>("database");
        return builder;
    }

    /// <summary>Applies migrations (SQLite in WAL mode), fills the demo organisation on an empty database and prints the sign-ins once listening.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>());

        var demo = scope.ServiceProvider.GetRequiredService<DemoStartup>();
        var signIns = await demo.RunAsync(app.Lifetime.ApplicationStopping);
        await RefreshStatisticsAsync(scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>());
        var passwordFile = demo.PasswordFile;
        app.Lifetime.ApplicationStarted.Register(() => Console.Out.Write(SignInBanner.Render(ListeningUrls(app), signIns, passwordFile)));
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
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

    /// <summary>
    /// SQLite plans queries from sqlite_stat1; without it, an agent's open activity interval is looked up through the
    /// organisation's index (a scan of every row) instead of the agent's. PRAGMA optimize samples the tables that have no
    /// statistics yet or changed much since (a second or two on millions of rows), else does nothing.
    /// </summary>
    internal static async Task RefreshStatisticsAsync(AdminPortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    private static IEnumerable<string> ListeningUrls(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is { Count: > 0 } ? addresses : app.Urls.Count > 0 ? app.Urls : [DefaultUrl];
    }
}
