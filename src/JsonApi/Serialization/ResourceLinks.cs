using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>Writes the links of the resources of one type in one response, <c>{origin}{prefix}/{route}/{id}[suffix]</c>, composed in
/// UTF-8 on the stack from a prefix encoded once per request and type: no link string is allocated.</summary>
internal sealed class ResourceLinks(string prefix)
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);

    /// <summary><c>{origin}{prefix}/{route}/</c>.</summary>
    public string Prefix { get; } = prefix;

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, ResourceType type, object id, ReadOnlySpan<byte> suffix)
    {
        byte[]? rented = null;
        Span<byte> buffer = stackalloc byte[256];
        int length;
        while (!TryCompose(buffer, type, id, suffix, out length))
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            rented = ArrayPool<byte>.Shared.Rent(buffer.Length * 4);
            buffer = rented;
        }

        writer.WriteString(name, buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private bool TryCompose(Span<byte> buffer, ResourceType type, object id, ReadOnlySpan<byte> suffix, out int length)
    {
        length = 0;
        if (!_prefix.AsSpan().TryCopyTo(buffer) || !TryFormatSegment(type, id, buffer[_prefix.Length..], out var idLength))
        {
            return false;
        }

        length = _prefix.Length + idLength;
        if (!suffix.TryCopyTo(buffer[length..]))
        {
            return false;
        }

        length += suffix.Length;
        return true;
    }

    /// <summary>The id as a URI path segment: <see cref="ResourceType.FormatId"/>, escaped.</summary>
    private static bool TryFormatSegment(ResourceType type, object id, Span<byte> destination, out int written) => id switch
    {
        Guid guid => guid.TryFormat(destination, out written, "D"),
        int number => number.TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
        long number => number.TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
        _ => Encoding.UTF8.TryGetBytes(Uri.EscapeDataString(type.FormatId(id)), destination, out written),
    };
}
