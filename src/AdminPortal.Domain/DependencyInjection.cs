using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Agents.Profiles;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.Presence;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Statuses.Feed;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

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
            var postgres = connectionString ?? throw new InvalidOperationException("ConnectionStrings:AdminPortal is required for PostgreSQL.");
            services.AddDbContext<PostgresAdminPortalDbContext>(db => db.UseNpgsql(postgres));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<PostgresAdminPortalDbContext>());
            services.AddStatusFeedAcrossHosts(postgres);
            services.AddSingleton<SharedPresence>();
            services.AddSingleton(sp => new SharedRateWindows(NpgsqlDataSource.Create(postgres), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            var sqlite = SqliteConnectionStrings.Prepare(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString);
            services.AddSingleton<CommittedChanges>();
            services.AddDbContext<SqliteAdminPortalDbContext>((sp, db) => db.UseSqlite(sqlite)
                .AddInterceptors(SqliteConnectionSetup.Interceptors)
                .AddInterceptors(sp.GetRequiredService<CommittedChanges>()));
            services.AddScoped<AdminPortalDbContext>(sp => sp.GetRequiredService<SqliteAdminPortalDbContext>());
            services.AddScoped<IFeedAnnouncer, AfterCommitAnnouncer>();
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OrganisationDefaults>()
            .Configure(o => o.ApiRateLimitPerSecond = configuration.GetValue(OrganisationDefaults.RateLimitKey, o.ApiRateLimitPerSecond))
            .Validate(
                o => o.ApiRateLimitPerSecond is >= OrganisationSettings.MinApiRateLimitPerSecond and <= OrganisationSettings.MaxApiRateLimitPerSecond,
                $"{OrganisationDefaults.RateLimitKey} must be between {OrganisationSettings.MinApiRateLimitPerSecond} and {OrganisationSettings.MaxApiRateLimitPerSecond}.");
        services.AddScoped<SharedSecretStore>();
        services.AddScoped<OrganisationProvisioning>();
        services.AddScoped<OrganisationSettings>();
        services.AddScoped<TeamMembership>();

        services.AddSingleton<AgentStatusLocks>();
        services.AddSingleton<IStatusFeed, StatusFeed>();
        services.AddScoped<StatusHistory>();
        services.AddScoped<AgentStatusWriter>();
        services.AddScoped<IStatusChangeService, StatusChangeService>();
        services.AddScoped<IBulkStatusAdmission, StatusChangeService>();
        services.AddScoped<IUserStatusService, UserStatusService>();
        services.AddScoped<ITeamService, TeamService>();
        services.AddScoped<IMenuService, MenuService>();
        services.AddScoped<IAssignmentService, AssignmentService>();
        services.AddScoped<IAgentService, AgentService>();
        services.AddScoped<AgentImport>();
        services.AddScoped<ICredentialService, CredentialService>();
        services.AddScoped<IApiCredentialService, ApiCredentialService>();
        services.AddScoped<QueueGroupService>();
        services.AddListings();
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

    /// <summary>Status changes and queue events announced with <c>pg_notify</c> in their transaction and heard by every host's listener.</summary>
    private static void AddStatusFeedAcrossHosts(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<IFeedAnnouncer, PostgresFeedAnnouncer>();
        services.AddSingleton(sp => new PostgresFeedListener(
            connectionString,
            sp.GetRequiredService<IStatusFeed>(),
            sp.GetRequiredService<IQueueFeed>(),
            sp.GetRequiredService<ILogger<PostgresFeedListener>>()));
        services.AddHostedService(sp => sp.GetRequiredService<PostgresFeedListener>());
    }
}
