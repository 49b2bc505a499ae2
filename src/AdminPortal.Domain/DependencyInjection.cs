using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Agents.Profiles;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Presence;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
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
        services.AddScoped<AuditContext>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAdminPortalDbContext>(db => db.UseNpgsql(
                connectionString ?? throw new InvalidOperationException("ConnectionStrings:AdminPortal is required for PostgreSQL.")));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<PostgresAdminPortalDbContext>());
        }
        else
        {
            var sqlite = SqliteConnectionStrings.Prepare(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString);
            services.AddDbContext<SqliteAdminPortalDbContext>(db => db.UseSqlite(sqlite).AddInterceptors(SqliteConnectionSetup.Interceptors));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<SqliteAdminPortalDbContext>());
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OrganisationDefaults>()
            .Configure(o => o.ApiRateLimitPerSecond = configuration.GetValue(OrganisationDefaults.RateLimitKey, o.ApiRateLimitPerSecond))
            .Validate(
                o => o.ApiRateLimitPerSecond is >= OrganisationSettings.MinApiRateLimitPerSecond and <= OrganisationSettings.MaxApiRateLimitPerSecond,
                $"{OrganisationDefaults.RateLimitKey} must be between {OrganisationSettings.MinApiRateLimitPerSecond} and {OrganisationSettings.MaxApiRateLimitPerSecond}.");
        services.AddScoped<OrganisationProvisioning>();
        services.AddScoped<OrganisationSettings>();
        services.AddScoped<TeamMembership>();

        services.AddSingleton<AgentStatusLocks>();
        services.AddSingleton<IStatusFeed, StatusFeed>();
        services.AddScoped<StatusHistory>();
        services.AddScoped<AgentStatusWriter>();
        services.AddScoped<IStatusChangeService, StatusChangeService>();
        services.AddScoped<IUserStatusService, UserStatusService>();
        services.AddScoped<ITeamService, TeamService>();
        services.AddScoped<IMenuService, MenuService>();
        services.AddScoped<IAssignmentService, AssignmentService>();
        services.AddScoped<IAgentService, AgentService>();
        services.AddScoped<AgentImport>();
        services.AddScoped<ICredentialService, CredentialService>();
        services.AddScoped<IApiCredentialService, ApiCredentialService>();
        services.AddScoped<QueueGroupService>();
        services.AddQueues(configuration);
        services.AddScoped<IAgentAccounts, AgentAccounts>();
        services.AddScoped<AgentProfiles>();
        services.AddScoped<AuditLog>();

        services.Configure<PresenceOptions>(configuration.GetSection(PresenceOptions.Section));
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<IPresenceTracker>(sp => sp.GetRequiredService<PresenceTracker>());
        services.AddHostedService<PresenceSweep>();
        services.AddHostedService<QueryPlannerMaintenance>();
        return services;
    }
}
