using JsonApi.Graph;

namespace JsonApi.QueryStrings.Expressions;

/// <summary>Everything the query string asked for, validated against the graph.</summary>
public sealed record QuerySpec
{
    public IncludeNode Include { get; init; } = new();

    /// <summary>Whether the request had an <c>include</c> parameter (then the document has <c>included</c>, possibly empty).</summary>
    public bool IncludeRequested { get; init; }

    /// <summary><c>fields[Type]</c>: type → requested member names; types absent here get all members.</summary>
    public IReadOnlyDictionary<ResourceType, IReadOnlySet<string>> Fields { get; init; } = new Dictionary<ResourceType, IReadOnlySet<string>>();

    public IReadOnlyList<SortElement> Sort { get; init; } = [];

    public FilterExpression? Filter { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageSize { get; init; }

    public bool HasPageParameters { get; init; }
}
