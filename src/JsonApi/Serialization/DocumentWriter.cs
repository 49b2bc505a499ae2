using System.Buffers;
using System.Globalization;
using System.Text.Json;
using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>Writes a <see cref="Document"/> with <see cref="Utf8JsonWriter"/>, using each attribute's compiled value writer.</summary>
public static class DocumentWriter
{
    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    private static readonly JsonEncodedText JsonApiName = JsonEncodedText.Encode("jsonapi");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("1.1");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText IncludedName = JsonEncodedText.Encode("included");
    private static readonly JsonEncodedText MetaName = JsonEncodedText.Encode("meta");
    private static readonly JsonEncodedText LinksName = JsonEncodedText.Encode("links");
    private static readonly JsonEncodedText SelfName = JsonEncodedText.Encode("self");
    private static readonly JsonEncodedText RelatedName = JsonEncodedText.Encode("related");
    private static readonly JsonEncodedText NextName = JsonEncodedText.Encode("next");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText AttributesName = JsonEncodedText.Encode("attributes");
    private static readonly JsonEncodedText RelationshipsName = JsonEncodedText.Encode("relationships");

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
            writer.WriteStartObject(LinksName);
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
        writer.WriteStartObject(JsonApiName);
        writer.WriteString(VersionName, Version);
        writer.WriteEndObject();
        writer.WritePropertyName(DataName);
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

        if (document.Included.Count > 0 || document.IncludedRequested)
        {
            writer.WriteStartArray(IncludedName);
            foreach (var resource in document.Included)
            {
                WriteResource(writer, resource, false);
            }

            writer.WriteEndArray();
        }

        if (document.Meta.Count > 0)
        {
            writer.WriteStartObject(MetaName);
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

    internal static void WriteResource(Utf8JsonWriter writer, ResourceObject resource, bool identifierOnly)
    {
        var type = resource.ResourceType;
        writer.WriteStartObject();
        writer.WriteString(TypeName, type.EncodedPublicName);
        WriteId(writer, type, resource.RawId);
        if (identifierOnly)
        {
            writer.WriteEndObject();
            return;
        }

        var attributes = resource.AttributeList;
        if (attributes.Count > 0)
        {
            writer.WriteStartObject(AttributesName);
            var values = resource.Values;
            for (var index = 0; index < attributes.Count; index++)
            {
                var attribute = attributes[index];
                writer.WritePropertyName(attribute.EncodedName);
                if (values[index] is { } value)
                {
                    attribute.Codec.Write(writer, value);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }

        if (resource.Relationships.Count > 0)
        {
            writer.WriteStartObject(RelationshipsName);
            foreach (var relationship in resource.Relationships)
            {
                writer.WritePropertyName(relationship.Relationship.EncodedName);
                WriteRelationship(writer, resource, relationship);
            }

            writer.WriteEndObject();
        }

        if (resource.Links is { } links)
        {
            writer.WriteStartObject(LinksName);
            links.Write(writer, SelfName, type, resource.RawId, []);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, ResourceObject resource, RelationshipObject relationship)
    {
        writer.WriteStartObject();
        if (resource.Links is { } links)
        {
            writer.WriteStartObject(LinksName);
            links.Write(writer, SelfName, resource.ResourceType, resource.RawId, relationship.Relationship.SelfLinkSuffix);
            links.Write(writer, RelatedName, resource.ResourceType, resource.RawId, relationship.Relationship.RelatedLinkSuffix);
            if (relationship.NextLink is not null)
            {
                writer.WriteString(NextName, relationship.NextLink);
            }

            writer.WriteEndObject();
        }

        if (relationship.HasData)
        {
            writer.WritePropertyName(DataName);
            if (relationship.IsToMany)
            {
                writer.WriteStartArray();
                foreach (var identifier in relationship.Many ?? [])
                {
                    WriteIdentifier(writer, identifier);
                }

                writer.WriteEndArray();
            }
            else if (relationship.Single is { } single)
            {
                WriteIdentifier(writer, single);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, ResourceIdentifier identifier)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, identifier.Type.EncodedPublicName);
        WriteId(writer, identifier.Type, identifier.Id);
        writer.WriteEndObject();
    }

    /// <summary>The <c>id</c> member: <see cref="ResourceType.FormatId"/>, without allocating it for the common id types.</summary>
    private static void WriteId(Utf8JsonWriter writer, ResourceType type, object id)
    {
        switch (id)
        {
            case Guid guid:
                writer.WriteString(IdName, guid);
                break;
            case int or long:
                Span<char> digits = stackalloc char[20];
                ((ISpanFormattable)id).TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                writer.WriteString(IdName, digits[..length]);
                break;
            default:
                writer.WriteString(IdName, type.FormatId(id));
                break;
        }
    }
}
