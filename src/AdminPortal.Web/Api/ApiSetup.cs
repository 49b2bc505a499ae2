using AdminPortal.Web.Api.AgentStatuses;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Availability;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Intake;
using AdminPortal.Web.Api.Queues;
using AdminPortal.Web.Api.CallQueues;
using AdminPortal.Web.Api.OpenApi;
using AdminPortal.Web.Api.RateLimiting;
using AdminPortal.Web.Api.Resources;
using JsonApi;

namespace AdminPortal.Web.Api;

/// <summary>JWT auth, rate limits and the endpoints under /api.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.AddApiAuthentication();
        builder.AddApiRateLimiting();
        builder.Services.AddScoped<ApiCaller>();
        builder.Services.AddScoped<IntakeIds>();
        builder.Services.AddProductResources(builder.Configuration);
        builder.Services.AddApiOpenApi();
        return builder;
    }

    /// <summary>
    /// Order matters: routing, then (for /api) the bearer token, tenant and quota, then the rate limiter,
    /// then authorization, so a refused or throttled request never reaches an endpoint.
    /// </summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseRouting();
        app.UseAuthentication();
        app.UseWhen(context => ApiPaths.IsApi(context.Request), api => api.UseMiddleware<ApiRequestMiddleware>());
        app.UseRateLimiter();
        app.UseAuthorization();

        var api = app.MapGroup(ApiPaths.Prefix);
        if (app.Services.GetService<TokenIssuer>() is not null)
        {
            api.MapTokenEndpoint();
        }

        var secured = api.MapGroup("").RequireAuthorization(ApiAuthentication.Policy);
        secured.MapAgentStatusEndpoints();
        secured.MapAvailabilityEndpoints();
        secured.MapCallQueueEndpoints();
        secured.MapIntakeEndpoints();
        secured.MapQueueReportEndpoints();
        api.MapIntakeOpenApi();
        app.MapJsonApi(ApiPaths.Prefix).RequireAuthorization(ApiAuthentication.Policy).WithMetadata(ApiAuditOrigin.JsonApi);
        app.MapApiOpenApi();
        return app;
    }
}
