using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using JsonApi.Serialization;

namespace JsonApi.Graph;

/// <summary>A to-one or to-many relationship between two resource types.</summary>
public sealed class ResourceRelationship
{
    private ResourceType? _rightType;

    internal ResourceRelationship(string publicName, PropertyInfo property, Type rightClrType, bool isToMany, bool isReadOnly)
    {
        PublicName = publicName;
        EncodedName = JsonEncodedText.Encode(publicName, JsonApiJson.WriterOptions.Encoder);
        SelfLinkSuffix = Encoding.UTF8.GetBytes($"/relationships/{publicName}");
        RelatedLinkSuffix = Encoding.UTF8.GetBytes($"/{publicName}");
        Property = property;
        RightClrType = rightClrType;
        IsToMany = isToMany;
        IsReadOnly = isReadOnly;
        Getter = CompileGetter(property);
        if (property.CanWrite)
        {
            Setter = CompileSetter(property);
        }

        if (isToMany)
        {
            var collectionType = typeof(ICollection<>).MakeGenericType(rightClrType);
            AddToCollection = CompileCollectionCall(collectionType, "Add");
            RemoveFromCollection = CompileCollectionCall(collectionType, "Remove");
            NewCollection = CompileNewCollection(property.PropertyType, rightClrType);
        }
    }

    public string PublicName { get; }

    public PropertyInfo Property { get; }

    public Type RightClrType { get; }

    public bool IsToMany { get; }

    /// <summary>Read-only relationships are shown and includable but never written by clients.</summary>
    public bool IsReadOnly { get; }

    public ResourceType RightType => _rightType ?? throw new InvalidOperationException("The resource graph is not built yet.");

    /// <summary>The public name, escaped once for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText EncodedName { get; }

    /// <summary><c>/relationships/{name}</c> in UTF-8: appended to a resource's link for the relationship's <c>self</c> link.</summary>
    internal byte[] SelfLinkSuffix { get; }

    /// <summary><c>/{name}</c> in UTF-8: appended to a resource's link for the relationship's <c>related</c> link.</summary>
    internal byte[] RelatedLinkSuffix { get; }

    internal Func<object, object?> Getter { get; }

    internal Action<object, object?>? Setter { get; }

    internal Action<object, object>? AddToCollection { get; }

    internal Action<object, object>? RemoveFromCollection { get; }

    internal Func<object>? NewCollection { get; }

    internal void Resolve(ResourceType rightType) => _rightType = rightType;

    internal IEnumerable<object> GetItems(object entity) => Getter(entity) is IEnumerable items ? items.Cast<object>() : [];

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }

    private static Action<object, object> CompileCollectionCall(Type collectionType, string method)
    {
        var collection = Expression.Parameter(typeof(object), "collection");
        var item = Expression.Parameter(typeof(object), "item");
        var elementType = collectionType.GetGenericArguments()[0];
        Expression call = Expression.Call(Expression.Convert(collection, collectionType), collectionType.GetMethod(method)!, Expression.Convert(item, elementType));
        if (call.Type != typeof(void))
        {
            call = Expression.Block(typeof(void), call);
        }

        return Expression.Lambda<Action<object, object>>(call, collection, item).Compile();
    }

    private static Func<object> CompileNewCollection(Type propertyType, Type elementType)
    {
        var concrete = propertyType.IsInterface || propertyType.IsAbstract
            ? propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(ISet<>)
                ? typeof(HashSet<>).MakeGenericType(elementType)
                : typeof(List<>).MakeGenericType(elementType)
            : propertyType;
        return Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(concrete), typeof(object))).Compile();
    }
}
