using System.Buffers;
using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>Writes a <see cref="Document"/> with <see cref="Utf8JsonWriter"/>, using each attribute's compiled value writer.</summary>
public static class DocumentWriter
{
    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>Writes the document; <paramref name="contentLength"/> is the length of the bytes before the
    /// top-level links (written last), which identify the representation independently of the request URL.</summary>
    public static byte[] Write(Document document, out int contentLength)
    {
        using var buffer = new PooledBufferWriter();
        contentLength = Write(buffer, document);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the document into <paramref name="buffer"/>; returns the length before the top-level links.</summary>
    internal static int Write(IBufferWriter<byte> buffer, Document document)
    {
        // One writer per thread, reset for each document (writing never awaits, so no other document can use it meanwhile).
        var writer = _writer ??= new Utf8JsonWriter(Stream.Null, JsonApiJson.WriterOptions);
        writer.Reset(buffer);
        try
        {
            WriteContent(writer, document);
            writer.Flush();
            var contentLength = (int)writer.BytesCommitted;
            WriteLinks(writer, document);
            writer.WriteEndObject();
            writer.Flush();
            return contentLength;
        }
        finally
        {
            writer.Reset(Stream.Null);
        }
    }

    public static void Write(Utf8JsonWriter writer, Document document)
    {
        WriteContent(writer, document);
        WriteLinks(writer, document);
        writer.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter writer, Document document)
    {
        if (document.Links.Count > 0)
        {
            writer.WriteStartObject(JsonApiNames.Links);
            foreach (var (name, href) in document.Links)
            {
                writer.WriteString(name, href);
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteContent(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(JsonApiNames.JsonApi);
        writer.WriteString(JsonApiNames.Version, "1.1"u8);
        writer.WriteEndObject();
        writer.WritePropertyName(JsonApiNames.Data);
        if (document.Rows is { } rows)
        {
            WriteRows(writer, document, rows);
        }
        else if (document.IsCollection)
        {
            writer.WriteStartArray();
            foreach (var resource in document.Data)
            {
                WriteResource(writer, resource, document.IdentifiersOnly);
            }

            writer.WriteEndArray();
        }
        else if (document.Data.Count == 0)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteResource(writer, document.Data[0], document.IdentifiersOnly);
        }

        if (document.Rows is null && (document.Included.Count > 0 || document.IncludedRequested))
        {
            writer.WriteStartArray(JsonApiNames.Included);
            foreach (var resource in document.Included)
            {
                WriteResource(writer, resource, false);
            }

            writer.WriteEndArray();
        }

        if (document.Meta.Count > 0)
        {
            writer.WriteStartObject(JsonApiNames.Meta);
            foreach (var (name, value) in document.Meta)
            {
                writer.WritePropertyName(name);
                if (value is int number)
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, value.GetType());
                }
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteRows(Utf8JsonWriter writer, Document document, RowDocument rows)
    {
        if (document.IsCollection)
        {
            writer.WriteStartArray();
            foreach (var row in rows.Rows)
            {
                RowResourceWriter.Write(writer, rows, rows.Layer, row, document.IdentifiersOnly);
            }

            writer.WriteEndArray();
        }
        else if (rows.Rows.Count == 0)
        {
            writer.WriteNullValue();
        }
        else
        {
            RowResourceWriter.Write(writer, rows, rows.Layer, rows.Rows[0], document.IdentifiersOnly);
        }

        if (rows.Included.Count > 0 || document.IncludedRequested)
        {
            writer.WriteStartArray(JsonApiNames.Included);
            foreach (var (layer, row) in rows.Included)
            {
                RowResourceWriter.Write(writer, rows, layer, row, false);
            }

            writer.WriteEndArray();
        }
    }

    internal static void WriteResource(Utf8JsonWriter writer, ResourceObject resource, bool identifierOnly)
    {
        var type = resource.ResourceType;
        writer.WriteStartObject();
        writer.WriteString(JsonApiNames.Type, type.EncodedPublicName);
        ResourceParts.WriteId(writer, type, resource.RawId);
        if (identifierOnly)
        {
            writer.WriteEndObject();
            return;
        }

        ResourceParts.WriteAttributes(writer, resource.AttributeList, resource.Values);
        var relationships = resource.Relationships;
        if (relationships.Count > 0)
        {
            writer.WriteStartObject(JsonApiNames.Relationships);
            for (var index = 0; index < relationships.Count; index++)
            {
                WriteRelationship(writer, resource, relationships[index]);
            }

            writer.WriteEndObject();
        }

        if (resource.Links is { } links)
        {
            ResourceParts.WriteSelfLink(writer, links, type, resource.RawId);
        }

        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, ResourceObject resource, RelationshipObject relationship)
    {
        writer.WriteStartObject(relationship.Relationship.EncodedName);
        if (resource.Links is { } links)
        {
            ResourceParts.WriteRelationshipLinks(writer, links, resource.ResourceType, resource.RawId, relationship.Relationship, relationship.NextLink);
        }

        if (relationship.HasData)
        {
            writer.WritePropertyName(JsonApiNames.Data);
            if (relationship.IsToMany)
            {
                writer.WriteStartArray();
                if (relationship.Many is { } many)
                {
                    foreach (var identifier in many)
                    {
                        ResourceParts.WriteIdentifier(writer, identifier.Type, identifier.Id);
                    }
                }

                writer.WriteEndArray();
            }
            else if (relationship.Single is { } single)
            {
                ResourceParts.WriteIdentifier(writer, single.Type, single.Id);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }
}
