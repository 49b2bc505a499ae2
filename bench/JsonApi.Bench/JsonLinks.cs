using System.Text.Json;

namespace JsonApi.Bench;

/// <summary>Writes link values composed of a few parts (base URL, route, id, suffix) from a stack buffer: no string per link.</summary>
public static class JsonLinks
{
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string baseUrl, string route, Guid id, string suffix = "")
    {
        var length = baseUrl.Length + route.Length + 36 + suffix.Length;
        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        baseUrl.CopyTo(buffer);
        var at = baseUrl.Length;
        route.CopyTo(buffer[at..]);
        at += route.Length;
        id.TryFormat(buffer[at..], out var written);
        at += written;
        suffix.CopyTo(buffer[at..]);
        writer.WriteString(name, buffer[..(at + suffix.Length)]);
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string baseUrl, string path, string query, int? number = null)
    {
        var length = baseUrl.Length + path.Length + query.Length + 11;
        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        baseUrl.CopyTo(buffer);
        var at = baseUrl.Length;
        path.CopyTo(buffer[at..]);
        at += path.Length;
        query.CopyTo(buffer[at..]);
        at += query.Length;
        if (number is { } value)
        {
            value.TryFormat(buffer[at..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            at += written;
        }

        writer.WriteString(name, buffer[..at]);
    }
}
