using System.Buffers;
using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>Writes the response of the Atomic Operations extension.</summary>
internal static class AtomicResultsWriter
{
    /// <summary>Writes <c>{"atomic:results": [...]}</c>: the resource of each add/update, an empty object for the others.</summary>
    public static byte[] WriteAtomicResults(IReadOnlyList<ResourceObject?> results)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, JsonApiJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("jsonapi");
            writer.WriteString("version", "1.1");
            writer.WriteStartArray("ext");
            writer.WriteStringValue("https://jsonapi.org/ext/atomic");
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("atomic:results");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                if (result is not null)
                {
                    writer.WritePropertyName("data");
                    DocumentWriter.WriteResource(writer, result, false);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
