using System.Globalization;
using System.Text.Json;
using JsonApi.Configuration;

namespace JsonApi.Serialization;

/// <summary>Compiled-once reading and writing of one attribute value type (JSON body, JSON output, filter literals).</summary>
internal sealed class ValueCodec
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    private ValueCodec(Type type, string typeName, Action<Utf8JsonWriter, object> write, Func<JsonElement, object> read, Func<string, object> parse)
    {
        Type = type;
        TypeName = typeName;
        Write = write;
        Read = read;
        Parse = parse;
    }

    public Type Type { get; }

    public string TypeName { get; }

    public Action<Utf8JsonWriter, object> Write { get; }

    /// <summary>Reads a non-null JSON value; throws <see cref="FormatException"/> when it does not fit.</summary>
    public Func<JsonElement, object> Read { get; }

    /// <summary>Parses a filter literal; throws <see cref="FormatException"/> when it does not fit.</summary>
    public Func<string, object> Parse { get; }

    public EnumNames? EnumNames { get; private init; }

    /// <summary>True for a type without a codec of its own, written by <see cref="JsonSerializer"/> as any JSON value.</summary>
    public bool IsSerializedAsJson { get; private init; }

    public bool IsText => Type == typeof(string);

    public bool IsOrdered => Type.IsPrimitive && Type != typeof(bool) || Type == typeof(decimal) || Type == typeof(DateTime)
        || Type == typeof(DateTimeOffset) || Type == typeof(DateOnly) || Type == typeof(TimeOnly) || Type == typeof(TimeSpan);

    public static ValueCodec For(Type declaredType, JsonApiNamingConvention convention, ValueConverterRegistry converters)
    {
        var type = Nullable.GetUnderlyingType(declaredType) ?? declaredType;
        if (converters.TryGet(type, out var converter))
        {
            return new ValueCodec(type, type.Name, (w, v) => w.WriteStringValue(converter.ToText(v)),
                e => converter.FromText(ReadString(e)), converter.FromText);
        }

        if (type.IsEnum)
        {
            var names = new EnumNames(type, convention);
            return new ValueCodec(type, type.Name, (w, v) => w.WriteStringValue(names.NameOf(v)), e => names.Parse(ReadString(e)), names.Parse)
            {
                EnumNames = names,
            };
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => new(type, "String", (w, v) => w.WriteStringValue((string)v), ReadString, t => t),
            TypeCode.Boolean => new(type, "Boolean", (w, v) => w.WriteBooleanValue((bool)v), e => e.GetBoolean(), t => bool.Parse(t)),
            TypeCode.Int32 => Number(type, (w, v) => w.WriteNumberValue((int)v), e => e.GetInt32(), t => int.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Int64 => Number(type, (w, v) => w.WriteNumberValue((long)v), e => e.GetInt64(), t => long.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Int16 => Number(type, (w, v) => w.WriteNumberValue((short)v), e => e.GetInt16(), t => short.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Byte => Number(type, (w, v) => w.WriteNumberValue((byte)v), e => e.GetByte(), t => byte.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Decimal => Number(type, (w, v) => w.WriteNumberValue((decimal)v), e => e.GetDecimal(), t => decimal.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Double => Number(type, (w, v) => w.WriteNumberValue((double)v), e => e.GetDouble(), t => double.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.Single => Number(type, (w, v) => w.WriteNumberValue((float)v), e => e.GetSingle(), t => float.Parse(t, CultureInfo.InvariantCulture)),
            TypeCode.DateTime => new(type, "DateTime", (w, v) => w.WriteStringValue(AsUtc((DateTime)v).ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
                e => ParseDateTime(ReadString(e)), t => ParseDateTime(t)),
            _ => ForStruct(type),
        };
    }

    private static ValueCodec ForStruct(Type type)
    {
        if (type == typeof(Guid))
        {
            return new(type, "Guid", (w, v) => w.WriteStringValue((Guid)v), e => Guid.Parse(ReadString(e)), t => Guid.Parse(t));
        }

        if (type == typeof(DateTimeOffset))
        {
            return new(type, "DateTimeOffset", (w, v) => w.WriteStringValue((DateTimeOffset)v),
                e => DateTimeOffset.Parse(ReadString(e), CultureInfo.InvariantCulture), t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture));
        }

        if (type == typeof(DateOnly))
        {
            return new(type, "DateOnly", (w, v) => w.WriteStringValue(((DateOnly)v).ToString("O", CultureInfo.InvariantCulture)),
                e => DateOnly.Parse(ReadString(e), CultureInfo.InvariantCulture), t => DateOnly.Parse(t, CultureInfo.InvariantCulture));
        }

        if (type == typeof(TimeOnly))
        {
            return new(type, "TimeOnly", (w, v) => w.WriteStringValue(((TimeOnly)v).ToString("O", CultureInfo.InvariantCulture)),
                e => TimeOnly.Parse(ReadString(e), CultureInfo.InvariantCulture), t => TimeOnly.Parse(t, CultureInfo.InvariantCulture));
        }

        if (type == typeof(TimeSpan))
        {
            return new(type, "TimeSpan", (w, v) => w.WriteStringValue(((TimeSpan)v).ToString("c", CultureInfo.InvariantCulture)),
                e => TimeSpan.Parse(ReadString(e), CultureInfo.InvariantCulture), t => TimeSpan.Parse(t, CultureInfo.InvariantCulture));
        }

        return new(type, type.Name, (w, v) => JsonSerializer.Serialize(w, v, type),
            e => JsonSerializer.Deserialize(e, type) ?? throw new FormatException("null"),
            _ => throw new FormatException($"Values of type '{type.Name}' cannot be used in query strings."))
        {
            IsSerializedAsJson = true,
        };
    }

    private static ValueCodec Number(Type type, Action<Utf8JsonWriter, object> write, Func<JsonElement, object> read, Func<string, object> parse) =>
        new(type, type.Name, write, e => e.ValueKind == JsonValueKind.Number ? Checked(read, e) : throw new FormatException("Expected a number."), parse);

    private static object Checked(Func<JsonElement, object> read, JsonElement element)
    {
        try
        {
            return read(element);
        }
        catch (FormatException)
        {
            throw;
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException(exception.Message, exception);
        }
    }

    private static string ReadString(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString()!
        : throw new FormatException("Expected a string.");

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime ParseDateTime(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
