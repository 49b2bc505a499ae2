using System.Buffers;
using System.Text.Json;

namespace JsonApi.Serialization;

/// <summary>Writes a <see cref="Document"/> with <see cref="Utf8JsonWriter"/>, using each attribute's compiled value writer.</summary>
public static class DocumentWriter
{
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
                JsonSerializer.Serialize(writer, value, value.GetType());
            }

            writer.WriteEndObject();
        }
    }

    internal static void WriteResource(Utf8JsonWriter writer, ResourceObject resource, bool identifierOnly)
    {
        writer.WriteStartObject();
        if (resource.ResourceType is { } type)
        {
            writer.WriteString(TypeName, type.EncodedPublicName);
        }
        else
        {
            writer.WriteString(TypeName, resource.Type);
        }

        writer.WriteString(IdName, resource.Id);
        if (identifierOnly)
        {
            writer.WriteEndObject();
            return;
        }

        if (resource.Attributes.Count > 0)
        {
            writer.WriteStartObject(AttributesName);
            foreach (var (attribute, value) in resource.Attributes)
            {
                writer.WritePropertyName(attribute.EncodedName);
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
            writer.WriteStartObject(RelationshipsName);
            foreach (var (name, relationship) in resource.Relationships)
            {
                if (relationship.Relationship is { } known)
                {
                    writer.WritePropertyName(known.EncodedName);
                }
                else
                {
                    writer.WritePropertyName(name);
                }

                WriteRelationship(writer, relationship);
            }

            writer.WriteEndObject();
        }

        if (resource.SelfLink is not null)
        {
            writer.WriteStartObject(LinksName);
            writer.WriteString(SelfName, resource.SelfLink);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, RelationshipObject relationship)
    {
        writer.WriteStartObject();
        if (!relationship.HasExplicitLinks && relationship is { ResourceLink: { } resourceLink, Relationship: { } known })
        {
            writer.WriteStartObject(LinksName);
            WriteLink(writer, SelfName, resourceLink, "/relationships/", known.PublicName);
            WriteLink(writer, RelatedName, resourceLink, "/", known.PublicName);
            if (relationship.NextLink is not null)
            {
                writer.WriteString(NextName, relationship.NextLink);
            }

            writer.WriteEndObject();
        }
        else if (relationship.SelfLink is not null || relationship.RelatedLink is not null)
        {
            writer.WriteStartObject(LinksName);
            if (relationship.SelfLink is not null)
            {
                writer.WriteString(SelfName, relationship.SelfLink);
            }

            if (relationship.RelatedLink is not null)
            {
                writer.WriteString(RelatedName, relationship.RelatedLink);
            }

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

    /// <summary>Writes <c>first + middle + last</c> without allocating the joined string.</summary>
    private static void WriteLink(Utf8JsonWriter writer, JsonEncodedText name, string first, string middle, string last)
    {
        var length = first.Length + middle.Length + last.Length;
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(length));
        first.CopyTo(buffer);
        middle.CopyTo(buffer[first.Length..]);
        last.CopyTo(buffer[(first.Length + middle.Length)..]);
        writer.WriteString(name, buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, ResourceIdentifier identifier)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, identifier.Type);
        writer.WriteString(IdName, identifier.Id);
        writer.WriteEndObject();
    }
}
