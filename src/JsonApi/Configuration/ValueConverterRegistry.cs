namespace JsonApi.Configuration;

/// <summary>Application-registered text conversions for attribute value types.</summary>
internal sealed class ValueConverterRegistry
{
    private readonly Dictionary<Type, (Func<object, string> ToText, Func<string, object> FromText)> _converters = [];

    public void Add(Type type, Func<object, string> toText, Func<string, object> fromText) => _converters[type] = (toText, fromText);

    public bool TryGet(Type type, out (Func<object, string> ToText, Func<string, object> FromText) converter) =>
        _converters.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out converter);
}
