using JsonApi.Configuration;

namespace JsonApi.Serialization;

/// <summary>Enum members ↔ public names following the naming convention (snake_case: <c>VoiceCall</c> ↔ <c>voice_call</c>).</summary>
internal sealed class EnumNames
{
    private readonly Dictionary<object, string> _names = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.OrdinalIgnoreCase);

    public EnumNames(Type enumType, JsonApiNamingConvention convention)
    {
        foreach (var value in Enum.GetValues(enumType))
        {
            var name = MemberNaming.Apply(convention, value.ToString()!);
            _names[value] = name;
            _values[name] = value;
            _values.TryAdd(value.ToString()!, value);
        }
    }

    public IReadOnlyCollection<string> Names => _names.Values;

    public string NameOf(object value) => _names.TryGetValue(value, out var name) ? name : value.ToString()!;

    public object Parse(string text) => _values.TryGetValue(text, out var value)
        ? value
        : throw new FormatException($"'{text}' is not one of: {string.Join(", ", _names.Values)}.");
}
