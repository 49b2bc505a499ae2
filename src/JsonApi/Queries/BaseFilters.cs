using System.Linq.Expressions;
using JsonApi.Graph;

namespace JsonApi.Queries;

/// <summary>The definitions' base filters of one request, looked up once per type.</summary>
internal sealed class BaseFilters(IServiceProvider services)
{
    private readonly Dictionary<ResourceType, LambdaExpression?> _filters = [];

    public LambdaExpression? For(ResourceType type)
    {
        if (!_filters.TryGetValue(type, out var filter))
        {
            filter = type.DefinitionInvoker.GetBaseFilter(services);
            _filters[type] = filter;
        }

        return filter;
    }

    /// <summary>The base filter applied to <paramref name="instance"/>, or null when the type has none.</summary>
    public Expression? Test(ResourceType type, Expression instance) => For(type) is { } filter ? ParameterReplacer.Inline(filter, instance) : null;
}
