namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004, the manager API, at <c>/manager/api/v1</c> and (as the seed's base URL says) <c>/apps/api/v1</c>. Each
/// resource maps its routes here; its query string is read by <see cref="Query.ManagerQuery"/> against the domain list's
/// fields, and a page is answered by <see cref="ManagerResults"/>. Add a resource by mapping it in <see cref="MapManagerApi"/>
/// and describing it in <see cref="ManagerOpenApi"/>.
/// </summary>
public static class ManagerApi
{
    public static IEndpointRouteBuilder MapManagerApi(this IEndpointRouteBuilder api)
    {
        api.MapManagerAgents();
        api.MapManagerHistory();
        api.MapManagerMenus();
        api.MapManagerTeams();
        return api;
    }
}
