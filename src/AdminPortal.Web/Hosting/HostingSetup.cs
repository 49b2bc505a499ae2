using AdminPortal.Domain;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Hosting;

/// <summary>The database, the domain services, health checks and start-up work.</summary>
public static class HostingSetup
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null && builder.Configuration["URLS"] is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5000");
        }

        builder.Services.AddDomain(builder.Configuration);
        builder.Services.AddHealthChecks().AddDbContextCheck<AdminPortalDbContext>("database");
        return builder;
    }

    /// <summary>Applies migrations (SQLite in WAL mode) and fills the demo organisation on an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
