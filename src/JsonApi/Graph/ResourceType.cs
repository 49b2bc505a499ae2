using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using JsonApi.Configuration;
using JsonApi.Definitions;
using JsonApi.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Graph;

/// <summary>A resource type of the graph: its public name, route, id, attributes and relationships.</summary>
public sealed class ResourceType
{
    private readonly Dictionary<string, ResourceAttribute> _attributesByName;
    private readonly Dictionary<string, ResourceRelationship> _relationshipsByName;

    internal ResourceType(string publicName, string route, Type clrType, PropertyInfo idProperty,
        IReadOnlyList<ResourceAttribute> attributes, IReadOnlyList<ResourceRelationship> relationships, ResourceEndpoints endpoints)
    {
        PublicName = publicName;
        EncodedPublicName = JsonEncodedText.Encode(publicName, JsonApiJson.WriterOptions.Encoder);
        Route = route;
        ClrType = clrType;
        IdProperty = idProperty;
        Attributes = attributes;
        Relationships = relationships;
        Endpoints = endpoints;
        _attributesByName = attributes.ToDictionary(attribute => attribute.PublicName, StringComparer.Ordinal);
        _relationshipsByName = relationships.ToDictionary(relationship => relationship.PublicName, StringComparer.Ordinal);
        Factory = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(clrType), typeof(object))).Compile();
        var instance = Expression.Parameter(typeof(object), "instance");
        IdGetter = Expression.Lambda<Func<object, object>>(
            Expression.Convert(Expression.Property(Expression.Convert(instance, clrType), idProperty), typeof(object)), instance).Compile();
        var value = Expression.Parameter(typeof(object), "value");
        IdSetter = idProperty.CanWrite
            ? Expression.Lambda<Action<object, object>>(Expression.Assign(
                Expression.Property(Expression.Convert(instance, clrType), idProperty), Expression.Convert(value, idProperty.PropertyType)), instance, value).Compile()
            : null;
        var source = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(clrType);
        var context = Expression.Parameter(typeof(DbContext), "context");
        Source = Expression.Lambda<Func<DbContext, IQueryable>>(Expression.Call(context, source), context).Compile();
        var entity = Expression.Parameter(clrType, "resource");
        IdAttribute = new ResourceAttribute("id", Expression.Lambda(Expression.Property(entity, idProperty), entity), idProperty,
            AttributeCapabilities.Filter | AttributeCapabilities.Sort, false,
            ValueCodec.For(idProperty.PropertyType, JsonApiNamingConvention.AsDeclared, new ValueConverterRegistry()));
        DefinitionInvoker = (IResourceDefinitionInvoker)Activator.CreateInstance(typeof(ResourceDefinitionInvoker<>).MakeGenericType(clrType), this)!;
    }

    /// <summary>The <c>type</c> member of resource objects, e.g. <c>Article</c>.</summary>
    public string PublicName { get; }

    /// <summary>The collection route segment, e.g. <c>articles</c>.</summary>
    public string Route { get; }

    public Type ClrType { get; }

    public PropertyInfo IdProperty { get; }

    public Type IdType => IdProperty.PropertyType;

    public IReadOnlyList<ResourceAttribute> Attributes { get; }

    public IReadOnlyList<ResourceRelationship> Relationships { get; }

    public ResourceEndpoints Endpoints { get; }

    /// <summary>The <c>sort</c> applied when the request has none.</summary>
    public string? DefaultSort { get; internal init; }

    /// <summary><see cref="DefaultSort"/> parsed (empty when none): the order of collections and of included to-many relationships.</summary>
    internal IReadOnlyList<QueryStrings.Expressions.SortElement> DefaultSortElements { get; set; } = [];

    /// <summary>The id as a filterable and sortable field (<c>filter=any(id,'…','…')</c>, <c>sort=-id</c>).</summary>
    internal ResourceAttribute IdAttribute { get; }

    internal Func<object> Factory { get; }

    internal Func<object, object> IdGetter { get; }

    internal Action<object, object>? IdSetter { get; }

    internal Func<DbContext, IQueryable> Source { get; }

    internal IResourceDefinitionInvoker DefinitionInvoker { get; }

    /// <summary>The public name, escaped once for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText EncodedPublicName { get; }

    public bool Has(ResourceEndpoints endpoint) => (Endpoints & endpoint) == endpoint;

    public ResourceAttribute? FindAttribute(string publicName) => _attributesByName.GetValueOrDefault(publicName);

    public ResourceRelationship? FindRelationship(string publicName) => _relationshipsByName.GetValueOrDefault(publicName);

    /// <summary>The attribute mapped to a property of the entity (computed attributes have none).</summary>
    public ResourceAttribute? FindAttribute(PropertyInfo property) =>
        property == IdProperty ? IdAttribute : Attributes.FirstOrDefault(attribute => attribute.Property == property);

    public ResourceRelationship? FindRelationship(PropertyInfo property) => Relationships.FirstOrDefault(relationship => relationship.Property == property);

    public string FormatId(object id) => id switch
    {
        Guid guid => guid.ToString("D"),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => id.ToString() ?? string.Empty,
    };

    /// <summary>Parses a client-supplied id; null when it cannot be an id of this type.</summary>
    public object? ParseId(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var type = IdType;
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(Guid))
        {
            return Guid.TryParse(text, out var guid) ? guid : null;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        if (type == typeof(long))
        {
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        return null;
    }

    public override string ToString() => PublicName;
}
