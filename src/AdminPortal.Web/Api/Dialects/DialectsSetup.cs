using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Api.Dialects.Apps;
using AdminPortal.Web.Api.Dialects.Manager;
using AdminPortal.Web.Api.Errors;
using JsonApi;

namespace AdminPortal.Web.Api.Dialects;

/// <summary>
/// The seed dialects at their own paths, behind the API's sign-in (Bearer, or Basic with an API credential), tenancy
/// and rate limit (<see cref="ApiPaths.IsApi"/>): seed 004 under both of its prefixes, seed 002 under <c>/apps/api/v1</c>.
/// Any other path there answers 404 in the dialects' error body.
/// </summary>
public static class DialectsSetup
{
    /// <summary>The dialects' part of the OpenAPI document at <c>/api/openapi.json</c>.</summary>
    public static IServiceCollection AddDialects(this IServiceCollection services) => services
        .AddOpenApiContributor<OpenApi.ManagerOpenApi>()
        .AddOpenApiContributor<OpenApi.AppsOpenApi>();

    public static WebApplication MapDialects(this WebApplication app)
    {
        foreach (var prefix in ApiPaths.Dialects)
        {
            var dialect = app.MapGroup(prefix).RequireAuthorization(ApiAuthentication.Policy);
            dialect.MapManagerApi();
            if (prefix == ApiPaths.Apps)
            {
                dialect.MapAppsAgentStatuses();
            }

            dialect.Map("/{**path}", (HttpContext http) => Task.FromException(
                    ApiRequestException.NotFound($"No endpoint answers {http.Request.Method} {http.Request.Path}.")))
                .WithOrder(int.MaxValue);
        }

        return app;
    }
}
