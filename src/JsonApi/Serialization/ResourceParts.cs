using System.Globalization;
using System.Text.Json;
using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>The parts of a resource object both document forms write alike: ids, attributes, relationship links, identifiers.</summary>
internal static class ResourceParts
{
    /// <summary>The <c>id</c> member: <see cref="ResourceType.FormatId"/>, without allocating it for the common id types.</summary>
    public static void WriteId(Utf8JsonWriter writer, ResourceType type, object id)
    {
        switch (id)
        {
            case Guid guid:
                writer.WriteString(JsonApiNames.Id, guid);
                break;
            case int or long:
                Span<char> digits = stackalloc char[20];
                ((ISpanFormattable)id).TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                writer.WriteString(JsonApiNames.Id, digits[..length]);
                break;
            default:
                writer.WriteString(JsonApiNames.Id, type.FormatId(id));
                break;
        }
    }

    public static void WriteAttributes(Utf8JsonWriter writer, IReadOnlyList<ResourceAttribute> attributes, object?[] values)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(JsonApiNames.Attributes);
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

    /// <summary><c>"links": {"self": …, "related": …, "next": …}</c> of a relationship of the resource <paramref name="id"/>.</summary>
    public static void WriteRelationshipLinks(Utf8JsonWriter writer, ResourceLinks links, ResourceType type, object id, ResourceRelationship relationship,
        string? nextLink)
    {
        writer.WriteStartObject(JsonApiNames.Links);
        links.Write(writer, JsonApiNames.Self, type, id, relationship.SelfLinkSuffix);
        links.Write(writer, JsonApiNames.Related, type, id, relationship.RelatedLinkSuffix);
        if (nextLink is not null)
        {
            writer.WriteString(JsonApiNames.Next, nextLink);
        }

        writer.WriteEndObject();
    }

    public static void WriteSelfLink(Utf8JsonWriter writer, ResourceLinks links, ResourceType type, object id)
    {
        writer.WriteStartObject(JsonApiNames.Links);
        links.Write(writer, JsonApiNames.Self, type, id, []);
        writer.WriteEndObject();
    }

    public static void WriteIdentifier(Utf8JsonWriter writer, ResourceType type, object id)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonApiNames.Type, type.EncodedPublicName);
        WriteId(writer, type, id);
        writer.WriteEndObject();
    }
}
