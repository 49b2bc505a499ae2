using System.Linq.Expressions;
using JsonApi.Graph;

namespace AdminPortal.Web.Api.Resources;

/// <summary>A resource type of the graph, described without naming the library's builder type.</summary>
public interface IResourceMap
{
    void AddTo(ResourceGraphBuilder graph);
}

/// <summary>
/// Describes one resource type (attributes, computed members, relationships, endpoints) and registers it with
/// the JSON:API graph. The library's builder asks for <c>new()</c>, which C# refuses for entities with
/// <c>required</c> members even though they have a public parameterless constructor; the registration is
/// therefore made by reflection, where only that constructor is checked.
/// </summary>
public sealed class ResourceMap<TEntity>(string publicName, string route) : IResourceMap
    where TEntity : class
{
    private readonly List<(string Method, Type[] TypeArguments, object?[] Arguments)> _steps = [];

    public ResourceMap<TEntity> Attribute<TValue>(Expression<Func<TEntity, TValue>> property,
        AttributeCapabilities capabilities = AttributeCapabilities.All, string? name = null) =>
        Step("Attribute", [typeof(TValue)], property, capabilities, name);

    public ResourceMap<TEntity> Computed<TValue>(string name, Expression<Func<TEntity, TValue>> expression) =>
        Step("Computed", [typeof(TValue)], name, expression);

    public ResourceMap<TEntity> HasOne<TRight>(Expression<Func<TEntity, TRight?>> navigation, string? name = null, bool readOnly = false)
        where TRight : class => Step("HasOne", [typeof(TRight)], navigation, name, readOnly);

    public ResourceMap<TEntity> HasMany<TRight>(Expression<Func<TEntity, IEnumerable<TRight>>> navigation, string? name = null, bool readOnly = false)
        where TRight : class => Step("HasMany", [typeof(TRight)], navigation, name, readOnly);

    public ResourceMap<TEntity> Endpoints(ResourceEndpoints endpoints) => Step("Endpoints", [], endpoints);

    /// <summary>The order of a collection read without <c>sort</c> (the id always breaks ties).</summary>
    public ResourceMap<TEntity> DefaultSort(string sort) => Step("DefaultSort", [], sort);

    public void AddTo(ResourceGraphBuilder graph)
    {
        var builderType = typeof(ResourceTypeBuilder<>).MakeGenericType(typeof(TEntity));
        var builder = Expression.Parameter(builderType, "builder");
        var configure = Expression.Lambda(
            typeof(Action<>).MakeGenericType(builderType),
            Expression.Call(Expression.Constant(this), typeof(ResourceMap<TEntity>).GetMethod(nameof(Apply), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!, builder),
            builder).Compile();
        typeof(ResourceGraphBuilder).GetMethod(nameof(ResourceGraphBuilder.Add))!
            .MakeGenericMethod(typeof(TEntity))
            .Invoke(graph, [publicName, route, configure]);
    }

    private void Apply(object builder)
    {
        foreach (var (method, typeArguments, arguments) in _steps)
        {
            var candidate = builder.GetType().GetMethods()
                .Single(m => m.Name == method && m.GetGenericArguments().Length == typeArguments.Length && m.GetParameters().Length == arguments.Length);
            (typeArguments.Length > 0 ? candidate.MakeGenericMethod(typeArguments) : candidate).Invoke(builder, arguments);
        }
    }

    private ResourceMap<TEntity> Step(string method, Type[] typeArguments, params object?[] arguments)
    {
        _steps.Add((method, typeArguments, arguments));
        return this;
    }
}
