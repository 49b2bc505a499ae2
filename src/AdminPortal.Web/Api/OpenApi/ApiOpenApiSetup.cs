using AdminPortal.Web.Api.AgentStatuses;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Availability;
using AdminPortal.Web.Api.CallQueues;
using AdminPortal.Web.Api.Intake;
using AdminPortal.Web.Api.Queues;
using JsonApi;

namespace AdminPortal.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/api/openapi.json</c>: the JSON:API resources (the library's part) and one contributor per area of
/// plain endpoints. An area adds its own with <c>services.AddOpenApiContributor&lt;T&gt;()</c> in its setup.
/// </summary>
public static class ApiOpenApiSetup
{
    public const string DocumentPath = ApiPaths.Prefix + "/openapi.json";

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) => services
        .AddOpenApiContributor<TokenEndpointOpenApi>()
        .AddOpenApiContributor<AgentStatusOpenApi>()
        .AddOpenApiContributor<AvailabilityOpenApi>()
        .AddOpenApiContributor<CallQueueOpenApi>()
        .AddOpenApiContributor<IntakeOpenApi>()
        .AddOpenApiContributor<QueueReportOpenApi>()
        .AddOpenApiContributor<ApiOpenApiDescription>();

    /// <summary>The document is public: it describes the API, it holds no organisation's data.</summary>
    public static void MapApiOpenApi(this IEndpointRouteBuilder app) => app.MapOpenApiDocument(DocumentPath).AllowAnonymous();
}
