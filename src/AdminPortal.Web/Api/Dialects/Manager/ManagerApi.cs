namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004, the manager API, at <c>/manager/api/v1</c> and (as the seed's base URL says) <c>/apps/api/v1</c>. Every route
/// is a <see cref="ManagerRoute"/> in <see cref="Routes"/>: its query string is read by <see cref="Query.ManagerQuery"/>
/// against the domain list's fields, a page is answered by <see cref="ManagerResults"/>, and the same table describes it in
/// the OpenAPI document (<see cref="OpenApi.ManagerOpenApi"/>). Add a resource by adding its routes here.
/// </summary>
public static class ManagerApi
{
    public static IReadOnlyList<ManagerRoute> Routes { get; } =
        [.. ManagerAgentEndpoints.Routes, .. ManagerCallEndpoints.Routes, .. ManagerHistoryEndpoints.Routes, .. ManagerMenuEndpoints.Routes, .. ManagerQueueEndpoints.Routes, .. ManagerTeamEndpoints.Routes];

    public static IEndpointRouteBuilder MapManagerApi(this IEndpointRouteBuilder api)
    {
        foreach (var route in Routes)
        {
            foreach (var path in route.Aliases.Prepend(route.Path))
            {
                api.MapGet(ManagerRoute.Template(path), route.Handler);
            }
        }

        return api;
    }
}
