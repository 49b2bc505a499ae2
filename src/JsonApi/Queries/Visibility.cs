using System.Linq.Expressions;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Queries;

/// <summary>
/// Which rows of each type one request may see, from the definitions: the base filter (always) and the filter of
/// <c>OnApplyFilter</c> (given the client's filter for the primary data and <c>has()</c> conditions, null everywhere else).
/// Composed once per type and request.
/// </summary>
internal sealed class Visibility
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<ResourceType, LambdaExpression?> _baseFilters = [];
    private readonly Dictionary<ResourceType, LambdaExpression?> _defaults = [];
    private readonly HashSet<ResourceType> _composing = [];

    public Visibility(IServiceProvider services)
    {
        _services = services;
        Filters = new FilterComposer(this);
    }

    public FilterComposer Filters { get; }

    /// <summary>The definition's base filter.</summary>
    public LambdaExpression? BaseFilter(ResourceType type)
    {
        if (!_baseFilters.TryGetValue(type, out var filter))
        {
            filter = type.DefinitionInvoker.GetBaseFilter(_services);
            _baseFilters[type] = filter;
        }

        return filter;
    }

    /// <summary>The rows of <paramref name="type"/> visible where the client gave no filter: base filter and <c>OnApplyFilter(null)</c>.</summary>
    public LambdaExpression? Default(ResourceType type)
    {
        if (_defaults.TryGetValue(type, out var filter))
        {
            return filter;
        }

        if (!_composing.Add(type))
        {
            // A default filter that reaches its own type through a relationship sees it through the base filter only.
            return BaseFilter(type);
        }

        filter = Primary(type, null);
        _composing.Remove(type);
        _defaults[type] = filter;
        return filter;
    }

    /// <summary>The rows of the primary data given the client's <paramref name="clientFilter"/>: base filter and <c>OnApplyFilter(clientFilter)</c>.</summary>
    public LambdaExpression? Primary(ResourceType type, FilterExpression? clientFilter)
    {
        var baseFilter = BaseFilter(type);
        var filter = type.DefinitionInvoker.OnApplyFilter(_services, clientFilter);
        if (filter is null)
        {
            return baseFilter;
        }

        var instance = Expression.Parameter(type.ClrType, "resource");
        var body = Filters.Compose(filter, instance);
        if (baseFilter is not null)
        {
            body = Expression.AndAlso(ParameterReplacer.Inline(baseFilter, instance), body);
        }

        return Expression.Lambda(body, instance);
    }

    /// <summary>The default visibility applied to <paramref name="instance"/>, or null when every row is visible.</summary>
    public Expression? Test(ResourceType type, Expression instance) => Default(type) is { } filter ? ParameterReplacer.Inline(filter, instance) : null;

    public IncludeNode OnApplyIncludes(ResourceType type, IncludeNode includes) => type.DefinitionInvoker.OnApplyIncludes(_services, includes);

    public IReadOnlyList<SortElement> OnApplySort(ResourceType type, IReadOnlyList<SortElement> sort) => type.DefinitionInvoker.OnApplySort(_services, sort);
}
