using System.Linq.Expressions;
using System.Reflection;
using JsonApi.Configuration;
using JsonApi.Serialization;

namespace JsonApi.Graph;

/// <summary>Fluent configuration of one resource type.</summary>
public sealed class ResourceTypeBuilder<TEntity> : IResourceTypeBuilder
    where TEntity : class
{
    private readonly string _publicName;
    private readonly string _route;
    private readonly JsonApiOptions _options;
    private readonly List<ResourceAttribute> _attributes = [];
    private readonly List<ResourceRelationship> _relationships = [];
    private readonly NullabilityInfoContext _nullability = new();
    private PropertyInfo? _idProperty = typeof(TEntity).GetProperty("Id");
    private ResourceEndpoints _endpoints = ResourceEndpoints.All;
    private string? _defaultSort;

    internal ResourceTypeBuilder(string publicName, string route, JsonApiOptions options)
    {
        _publicName = publicName;
        _route = route;
        _options = options;
    }

    /// <summary>Uses another property than <c>Id</c> as the resource id.</summary>
    public ResourceTypeBuilder<TEntity> Id<TKey>(Expression<Func<TEntity, TKey>> property)
    {
        _idProperty = PropertyOf(property);
        return this;
    }

    /// <summary>Exposes a property as an attribute (public name from the naming convention unless given).</summary>
    public ResourceTypeBuilder<TEntity> Attribute<TValue>(Expression<Func<TEntity, TValue>> property,
        AttributeCapabilities capabilities = AttributeCapabilities.All, string? publicName = null)
    {
        var info = PropertyOf(property);
        var nullable = !info.PropertyType.IsValueType
            ? _nullability.Create(info).ReadState != NullabilityState.NotNull
            : Nullable.GetUnderlyingType(info.PropertyType) is not null;
        _attributes.Add(new ResourceAttribute(publicName ?? Name(info.Name), property, info, capabilities, nullable, Codec(info.PropertyType)));
        return this;
    }

    /// <summary>A read-only attribute computed in SQL, e.g. <c>Computed("agents_count", t =&gt; t.Agents.Count())</c>; filterable and sortable.</summary>
    public ResourceTypeBuilder<TEntity> Computed<TValue>(string publicName, Expression<Func<TEntity, TValue>> expression)
    {
        var nullable = !typeof(TValue).IsValueType || Nullable.GetUnderlyingType(typeof(TValue)) is not null;
        _attributes.Add(new ResourceAttribute(publicName, expression, null, AttributeCapabilities.ReadOnly, nullable, Codec(typeof(TValue))));
        return this;
    }

    public ResourceTypeBuilder<TEntity> HasOne<TRight>(Expression<Func<TEntity, TRight?>> navigation, string? publicName = null, bool readOnly = false)
        where TRight : class
    {
        var info = PropertyOf(navigation);
        _relationships.Add(new ResourceRelationship(publicName ?? Name(info.Name), info, typeof(TRight), false, readOnly));
        return this;
    }

    public ResourceTypeBuilder<TEntity> HasMany<TRight>(Expression<Func<TEntity, IEnumerable<TRight>>> navigation, string? publicName = null, bool readOnly = false)
        where TRight : class
    {
        var info = PropertyOf(navigation);
        _relationships.Add(new ResourceRelationship(publicName ?? Name(info.Name), info, typeof(TRight), true, readOnly));
        return this;
    }

    /// <summary>The order of collections when the request has no <c>sort</c>, in <c>sort</c> syntax (e.g. <c>"position,name"</c>); id breaks ties.</summary>
    public ResourceTypeBuilder<TEntity> DefaultSort(string sort)
    {
        _defaultSort = sort;
        return this;
    }

    /// <summary>Only GET endpoints.</summary>
    public ResourceTypeBuilder<TEntity> ReadOnly() => Endpoints(ResourceEndpoints.Read);

    /// <summary>Turns endpoints on or off; turned-off endpoints answer 405.</summary>
    public ResourceTypeBuilder<TEntity> Endpoints(ResourceEndpoints endpoints)
    {
        _endpoints = endpoints;
        return this;
    }

    ResourceType IResourceTypeBuilder.Build()
    {
        var idProperty = _idProperty ?? throw new InvalidOperationException($"Resource type '{_publicName}' has no Id property; call Id(...).");
        var names = _attributes.Select(a => a.PublicName).Concat(_relationships.Select(r => r.PublicName)).ToList();
        var duplicate = names.GroupBy(name => name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null || names.Contains("id") || names.Contains("type"))
        {
            throw new InvalidOperationException($"Resource type '{_publicName}' declares member '{duplicate?.Key ?? "id/type"}' more than once or reserved.");
        }

        return new ResourceType(_publicName, _route, typeof(TEntity), idProperty, _attributes, _relationships, _endpoints) { DefaultSort = _defaultSort };
    }

    private string Name(string clrName) => MemberNaming.Apply(_options.NamingConvention, clrName);

    private ValueCodec Codec(Type type) => ValueCodec.For(type, _options.NamingConvention, _options.ValueConverters);

    private static PropertyInfo PropertyOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo property } member && member.Expression == expression.Parameters[0]
            ? property
            : throw new ArgumentException($"'{expression}' must select a property of {typeof(TEntity).Name}.", nameof(expression));
    }
}
