using JsonApi.Configuration;

namespace JsonApi.Graph;

/// <summary>Collects resource types at start-up: <c>graph.Add&lt;Article&gt;("Article", "articles", r =&gt; r.Attribute(a =&gt; a.Title))</c>.</summary>
public sealed class ResourceGraphBuilder
{
    private readonly List<IResourceTypeBuilder> _builders = [];
    private readonly JsonApiOptions _options;

    internal ResourceGraphBuilder(JsonApiOptions options) => _options = options;

    /// <summary>Adds a resource type with its public type name (e.g. <c>OperatorStatus</c>) and route (e.g. <c>operator_statuses</c>).</summary>
    public ResourceGraphBuilder Add<TEntity>(string publicName, string route, Action<ResourceTypeBuilder<TEntity>> configure)
        where TEntity : class
    {
        var builder = new ResourceTypeBuilder<TEntity>(publicName, route, _options);
        configure(builder);
        _builders.Add(builder);
        return this;
    }

    internal ResourceGraph Build()
    {
        var types = _builders.Select(builder => builder.Build()).ToList();
        var graph = new ResourceGraph(types);
        foreach (var relationship in types.SelectMany(type => type.Relationships))
        {
            var right = graph.FindByClrType(relationship.RightClrType) ?? throw new InvalidOperationException(
                $"Relationship '{relationship.PublicName}' points to '{relationship.RightClrType.Name}', which is not a resource type of the graph.");
            relationship.Resolve(right);
        }

        foreach (var type in types.Where(type => type.DefaultSort is not null))
        {
            try
            {
                type.DefaultSortElements = QueryStrings.SortParser.Parse(type.DefaultSort!, type);
            }
            catch (Errors.InvalidQueryParameterException exception)
            {
                throw new InvalidOperationException($"Default sort of '{type.PublicName}' is invalid: {exception.Message}", exception);
            }
        }

        return graph;
    }
}
