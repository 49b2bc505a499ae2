using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Api.Errors;
using AdminPortal.Web.Api.Resources.Definitions;
using JsonApi;
using JsonApi.Errors;

namespace AdminPortal.Web.Api.Resources;

/// <summary>The product's resources on the JSON:API library, their definitions (role rules, soft delete, domain writes) and the error mapper.</summary>
public static class ResourcesSetup
{
    public const int MaxPageSize = 500;
    public const string MaxAtomicOperationsKey = "Api:MaxAtomicOperations";
    public const string IncludedPageSizeKey = "Api:IncludedPageSize";

    /// <summary>On PostgreSQL, pages from this offset on read their ids first.</summary>
    public const int DeepPageOffset = 1000;

    public static IServiceCollection AddProductResources(this IServiceCollection services, IConfiguration configuration)
    {
        var maxAtomicOperations = configuration.GetValue(MaxAtomicOperationsKey, 100);
        var includedPageSize = configuration.GetValue(IncludedPageSizeKey, 20);
        var provider = (configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider;
        services.AddHttpContextAccessor();
        services.AddSingleton<IJsonApiExceptionMapper, ApiExceptionMapper>();
        services.AddJsonApi<AdminPortalDbContext>(
            options =>
            {
                options.DefaultPageSize = 20;
                options.MaxPageSize = MaxPageSize;
                options.MaxIncludeDepth = 3;
                options.MaxAtomicOperations = Math.Max(1, maxAtomicOperations);
                options.IncludedPageSize = Math.Clamp(includedPageSize, 1, MaxPageSize);
                // PostgreSQL reads every row an OFFSET skips; deep pages there read their ids first (measured by bench/Scale).
                options.PageIdsFirstFromOffset = provider == DatabaseProvider.Postgres ? DeepPageOffset : null;
            },
            graph =>
            {
                ProductResources.AddTo(graph);
                QueueGroupResource.AddTo(graph);
                ApiCredentialResource.AddTo(graph);
                AuditEventResource.AddTo(graph);
            });
        services.AddResourceDefinition<Organisation, OrganisationSettingsDefinition>();
        services.AddResourceDefinition<Agent, AgentDefinition>();
        services.AddResourceDefinition<Team, TeamDefinition>();
        services.AddResourceDefinition<Menu, MenuDefinition>();
        services.AddResourceDefinition<AgentAssignment, AgentAssignmentDefinition>();
        services.AddResourceDefinition<TeamAssignment, TeamAssignmentDefinition>();
        services.AddResourceDefinition<UserStatus, UserStatusDefinition>();
        services.AddResourceDefinition<OperatorStatus, OperatorStatusDefinition>();
        services.AddResourceDefinition<AgentActivityLog, AgentActivityLogDefinition>();
        services.AddResourceDefinition<Call, CallDefinition>();
        services.AddResourceDefinition<Chat, ChatDefinition>();
        services.AddResourceDefinition<QueueGroup, QueueGroupDefinition>();
        services.AddResourceDefinition<ApiCredential, ApiCredentialDefinition>();
        services.AddResourceDefinition<AuditEvent, AuditEventDefinition>();
        return services;
    }
}
