using System.Text.Json;
using JsonApi.Queries;

namespace JsonApi.Serialization;

/// <summary>Writes a resource object from its projected row and layer: the same members, in the same order, as
/// <see cref="DocumentBuilder"/> and <see cref="DocumentWriter"/> would write for it.</summary>
internal static class RowResourceWriter
{
    public static void Write(Utf8JsonWriter writer, RowDocument document, ProjectionLayer layer, ResourceRow row, bool identifierOnly)
    {
        var type = layer.Type;
        var id = row.Id!;
        writer.WriteStartObject();
        writer.WriteString(JsonApiNames.Type, type.EncodedPublicName);
        ResourceParts.WriteId(writer, type, id);
        if (identifierOnly)
        {
            writer.WriteEndObject();
            return;
        }

        ResourceParts.WriteAttributes(writer, layer.Attributes, row.Values);
        var links = document.Links.For(type);
        var written = layer.WrittenRelationships;
        if (written.Count > 0)
        {
            writer.WriteStartObject(JsonApiNames.Relationships);
            for (var index = 0; index < written.Count; index++)
            {
                var (relationship, slot) = written[index];
                writer.WriteStartObject(relationship.EncodedName);
                if (slot is null)
                {
                    ResourceParts.WriteRelationshipLinks(writer, links, type, id, relationship, null);
                }
                else if (relationship.IsToMany)
                {
                    // The query reads one row more than a page: its presence says the relationship has more.
                    var children = row.Collections?[slot.Position];
                    var count = children?.Count ?? 0;
                    var pageSize = document.IncludedPageSize;
                    var next = count > pageSize ? document.Links.RelationshipPage(type, type.FormatId(id), relationship, pageSize, 2) : null;
                    ResourceParts.WriteRelationshipLinks(writer, links, type, id, relationship, next);
                    writer.WriteStartArray(JsonApiNames.Data);
                    for (var child = 0; child < Math.Min(count, pageSize); child++)
                    {
                        ResourceParts.WriteIdentifier(writer, relationship.RightType, children![child].Id!);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    ResourceParts.WriteRelationshipLinks(writer, links, type, id, relationship, null);
                    writer.WritePropertyName(JsonApiNames.Data);
                    var value = row.ValueOf(slot);
                    var targetId = value is ResourceRow child ? child.Id : value;
                    if (targetId is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        ResourceParts.WriteIdentifier(writer, relationship.RightType, targetId);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        ResourceParts.WriteSelfLink(writer, links, type, id);
        writer.WriteEndObject();
    }
}
