using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using JsonApi.Serialization;

namespace JsonApi.Graph;

/// <summary>An attribute of a resource type: a mapped property or a computed expression.</summary>
public sealed class ResourceAttribute
{
    internal ResourceAttribute(string publicName, LambdaExpression accessor, PropertyInfo? property, AttributeCapabilities capabilities, bool isNullable, ValueCodec codec)
    {
        PublicName = publicName;
        EncodedName = JsonEncodedText.Encode(publicName, JsonApiJson.WriterOptions.Encoder);
        Accessor = accessor;
        Property = property;
        Capabilities = property is null ? capabilities & AttributeCapabilities.ReadOnly : capabilities;
        IsNullable = isNullable;
        Codec = codec;
        ValueType = accessor.ReturnType;
        if (property is { CanWrite: true })
        {
            Setter = CompileSetter(property);
        }
    }

    public string PublicName { get; }

    /// <summary>The CLR type of the value.</summary>
    public Type ValueType { get; }

    /// <summary>The mapped property; null for computed attributes.</summary>
    public PropertyInfo? Property { get; }

    /// <summary><c>e =&gt; e.Property</c>, or the computed expression.</summary>
    public LambdaExpression Accessor { get; }

    public AttributeCapabilities Capabilities { get; }

    public bool IsComputed => Property is null;

    public bool IsNullable { get; }

    internal ValueCodec Codec { get; }

    /// <summary>The public name, escaped once for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText EncodedName { get; }

    internal Action<object, object?>? Setter { get; }

    public bool Can(AttributeCapabilities capability) => (Capabilities & capability) == capability;

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
