using AdminPortal.Domain.Data;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdminPortal.Domain;

public static class DependencyInjection
{
    /// <summary>The EF Core model on the configured provider, the tenant of each scope, and the domain services.</summary>
    public static IServiceCollection AddDomain(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAdminPortalDbContext>(db => db.UseNpgsql(
                connectionString ?? throw new InvalidOperationException("ConnectionStrings:AdminPortal is required for PostgreSQL.")));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<PostgresAdminPortalDbContext>());
        }
        else
        {
            var sqlite = SqliteConnectionStrings.Prepare(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString);
            services.AddDbContext<SqliteAdminPortalDbContext>(db => db.UseSqlite(sqlite));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<SqliteAdminPortalDbContext>());
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OrganisationProvisioning>();
        return services;
    }
}
