using System.Globalization;
using AdminPortal.Domain.Data;

namespace AdminPortal.Web.Api.Dialects.Manager.Query;

/// <summary>
/// Query-string text to the value types of the listed fields: whole numbers, decimal numbers, <c>true</c>/<c>false</c>
/// (also 1/0), UTC times (ISO-8601; a time without an offset is UTC, a date alone is its midnight), text, and enums by
/// their snake_case name. <see cref="Describe"/> says what was expected, for the 400 message.
/// </summary>
public static class WireValues
{
    private const NumberStyles Integer = NumberStyles.AllowLeadingSign;
    private const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    public static bool TryParse(Type type, string text, IReadOnlyList<string>? allowed, out object? value)
    {
        value = null;
        text = text.Trim();
        if (type == typeof(string))
        {
            value = text;
            return allowed is null || allowed.Contains(text, StringComparer.Ordinal);
        }

        if (type.IsEnum)
        {
            var name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(SnakeCase.From(n), text, StringComparison.OrdinalIgnoreCase));
            value = name is null ? null : Enum.Parse(type, name);
            return name is not null;
        }

        (var parsed, value) = type switch
        {
            _ when type == typeof(long) => (long.TryParse(text, Integer, CultureInfo.InvariantCulture, out var l), (object)l),
            _ when type == typeof(int) => (int.TryParse(text, Integer, CultureInfo.InvariantCulture, out var i), i),
            _ when type == typeof(double) => (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d), d),
            _ when type == typeof(bool) => TryBoolean(text, out var b) ? (true, b) : (false, (object)false),
            _ when type == typeof(DateTime) => (DateTime.TryParse(text, CultureInfo.InvariantCulture, Utc, out var t), DateTime.SpecifyKind(t, DateTimeKind.Utc)),
            _ => throw new NotSupportedException($"No wire format for {type.Name}."),
        };
        return parsed;
    }

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static string Describe(Type type, IReadOnlyList<string>? allowed) => allowed is { Count: > 0 }
        ? $"one of {string.Join(", ", allowed)}"
        : type switch
        {
            _ when type == typeof(long) || type == typeof(int) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTime) => "a UTC time such as 2021-05-10T17:45:01Z",
            _ => "text",
        };

    /// <summary>The JSON schema type of a value type, for the OpenAPI document.</summary>
    public static (string Type, string? Format) SchemaOf(Type type) => type switch
    {
        _ when type == typeof(long) || type == typeof(int) => ("integer", null),
        _ when type == typeof(double) => ("number", null),
        _ when type == typeof(bool) => ("boolean", null),
        _ when type == typeof(DateTime) => ("string", "date-time"),
        _ => ("string", null),
    };
}
