using AdminPortal.Web.Api.Dialects.Manager.Query;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>How a manager API route answers: a page of a list, a whole array (a tree), one object, or (one menu, as the seed shows it) an array holding one object.</summary>
public enum ManagerShape
{
    Page,
    Array,
    Object,
    ArrayOfOne,
}

/// <summary>
/// One GET route of the manager API: its name (the OpenAPI operation's, after the prefix), its path under the prefix (<c>{id}</c> for a numeric id), what it answers, the query
/// parameters it takes, the wire record of its items and its handler. The same table maps the routes and describes them
/// in the OpenAPI document, so the two never drift apart. <see cref="Aliases"/> are further paths of the same handler
/// (the seed's overview names some resources in the singular).
/// </summary>
public sealed record ManagerRoute(string Name, string Path, string Summary, ManagerParameters Parameters, Type Wire, ManagerShape Shape, Delegate Handler)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>A numeric id of the demo organisation for <c>{id}</c>, the example of the OpenAPI document.</summary>
    public long? ExampleId { get; init; }

    /// <summary>The route template ASP.NET Core maps: <c>{id}</c> is constrained to whole numbers, so other paths fall through.</summary>
    public static string Template(string path) => path.Replace("{id}", "{id:long}", StringComparison.Ordinal);
}
