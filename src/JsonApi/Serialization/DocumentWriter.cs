using System.Buffers;
using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>Writes a <see cref="Document"/> with <see cref="Utf8JsonWriter"/>, using each attribute's compiled value writer.</summary>
public static class DocumentWriter
{
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
        using var writer = new Utf8JsonWriter(buffer, JsonApiJson.WriterOptions);
        WriteContent(writer, document);
        writer.Flush();
        var contentLength = (int)writer.BytesCommitted;
        WriteLinks(writer, document);
        writer.WriteEndObject();
        writer.Flush();
        return contentLength;
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
            writer.WriteStartObject("links");
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
        writer.WriteStartObject("jsonapi");
        writer.WriteString("version", "1.1");
        writer.WriteEndObject();
        writer.WritePropertyName("data");
        if (document.IsCollection)
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

        if (document.Included.Count > 0)
        {
            writer.WriteStartArray("included");
            foreach (var resource in document.Included)
            {
                WriteResource(writer, resource, false);
            }

            writer.WriteEndArray();
        }

        if (document.Meta.Count > 0)
        {
            writer.WriteStartObject("meta");
            foreach (var (name, value) in document.Meta)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, value.GetType());
            }

            writer.WriteEndObject();
        }
    }

    internal static void WriteResource(Utf8JsonWriter writer, ResourceObject resource, bool identifierOnly)
    {
        writer.WriteStartObject();
        writer.WriteString("type", resource.Type);
        writer.WriteString("id", resource.Id);
        if (identifierOnly)
        {
            writer.WriteEndObject();
            return;
        }

        if (resource.Attributes.Count > 0)
        {
            writer.WriteStartObject("attributes");
            foreach (var (attribute, value) in resource.Attributes)
            {
                writer.WritePropertyName(attribute.PublicName);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    attribute.Codec.Write(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        if (resource.Relationships.Count > 0)
        {
            writer.WriteStartObject("relationships");
            foreach (var (name, relationship) in resource.Relationships)
            {
                writer.WritePropertyName(name);
                WriteRelationship(writer, relationship);
            }

            writer.WriteEndObject();
        }

        if (resource.SelfLink is not null)
        {
            writer.WriteStartObject("links");
            writer.WriteString("self", resource.SelfLink);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, RelationshipObject relationship)
    {
        writer.WriteStartObject();
        if (relationship.SelfLink is not null || relationship.RelatedLink is not null)
        {
            writer.WriteStartObject("links");
            if (relationship.SelfLink is not null)
            {
                writer.WriteString("self", relationship.SelfLink);
            }

            if (relationship.RelatedLink is not null)
            {
                writer.WriteString("related", relationship.RelatedLink);
            }

            writer.WriteEndObject();
        }

        if (relationship.HasData)
        {
            writer.WritePropertyName("data");
            if (relationship.IsToMany)
            {
                writer.WriteStartArray();
                foreach (var identifier in relationship.Many ?? [])
                {
                    WriteIdentifier(writer, identifier);
                }

                writer.WriteEndArray();
            }
            else if (relationship.Single is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteIdentifier(writer, relationship.Single);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, ResourceIdentifier identifier)
    {
        writer.WriteStartObject();
        writer.WriteString("type", identifier.Type);
        writer.WriteString("id", identifier.Id);
        writer.WriteEndObject();
    }
}
