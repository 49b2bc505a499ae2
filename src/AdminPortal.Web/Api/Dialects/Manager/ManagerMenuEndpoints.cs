using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Callers;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using Microsoft.AspNetCore.Mvc;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004's menu endpoints: the list and one menu with their agent and team assignments, and the tree filtered by
/// <c>menu_type[]</c> and <c>lang[]</c>. One menu answers an array holding that menu, as the seed's example does.
/// </summary>
public static class ManagerMenuEndpoints
{
    public static readonly ManagerParameters ListParameters = ManagerParameters.List(MenuDirectory.Fields);
    public static readonly ManagerParameters TreeParameters = ManagerParameters.Tree(MenuDirectory.Fields, "menu_type", "lang");

    /// <summary>Under <c>menus</c>, and under <c>menu</c> as the seed's overview names them.</summary>
    public static IReadOnlyList<ManagerRoute> Routes { get; } =
    [
        new("ListMenus", "/menus", "List menus with their agent and team assignments", ListParameters, typeof(ManagerMenuWithAssignments), ManagerShape.Page, ListAsync)
        {
            Aliases = ["/menu"],
        },
        new("MenuTree", "/menus/tree", "The menu tree", TreeParameters, typeof(ManagerMenuNode), ManagerShape.Array, TreeAsync)
        {
            Aliases = ["/menu/tree"],
            Description = "Filtered by menu_type[] and lang[] (a menu staffed in the language by an agent or a team), each match under its ancestors.",
        },
        new("GetMenu", "/menus/{id}", "One menu with its assignments", ManagerParameters.Single, typeof(ManagerMenuWithAssignments), ManagerShape.ArrayOfOne, GetAsync)
        {
            Aliases = ["/menu/{id}"],
            Description = "An array holding the menu, as the seed's example shows it.",
            ExampleId = 1693,
        },
    ];

    private static async Task<IResult> ListAsync(HttpContext http, [FromServices] MenuDirectory menus, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ListParameters).List;
        var page = await menus.ListAsync(caller.Required, query, http.RequestAborted);
        return ManagerResults.Page(http, page, query, ManagerMenuWithAssignments.From);
    }

    private static async Task<IResult> TreeAsync(HttpContext http, [FromServices] MenuDirectory menus, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, TreeParameters).List;
        var tree = await menus.TreeAsync(caller.Required, query, http.RequestAborted);
        return DialectJson.Ok(tree.Select(ManagerMenuNode.From).ToList());
    }

    private static async Task<IResult> GetAsync(long id, HttpContext http, [FromServices] MenuDirectory menus, [FromServices] ApiCaller caller)
    {
        var query = ManagerQuery.Parse(http.Request, ManagerParameters.Single);
        var menu = await menus.GetAsync(caller.Required, query.RecordId(id), query.List.WithDeleted, http.RequestAborted);
        return DialectJson.Ok(new[] { ManagerMenuWithAssignments.From(menu) });
    }
}
