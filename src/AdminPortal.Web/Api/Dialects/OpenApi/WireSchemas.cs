using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>
/// JSON schemas of the wire records, exported from the records themselves with the serializer options that write them
/// (member names, nullability; numbers strictly as numbers, times as date-time), so the document says what the endpoints
/// send. A record that contains itself (a tree node) refers to its component.
/// </summary>
public static class WireSchemas
{
    public static JsonNode For(Type type, JsonSerializerOptions options, string componentName)
    {
        var exporting = new JsonSerializerOptions(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), NumberHandling = JsonNumberHandling.Strict };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(exporting, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => context.TypeInfo.Type == typeof(DateTime) ? DateTimeSchema(false)
                : context.TypeInfo.Type == typeof(DateTime?) ? DateTimeSchema(true)
                : node,
        });
        Rebase(schema, $"#/components/schemas/{componentName}");
        return schema;
    }

    /// <summary>Times have converters of their own (UTC, ISO-8601), which the exporter cannot see into.</summary>
    private static JsonObject DateTimeSchema(bool nullable) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["format"] = "date-time",
    };

    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["$ref"] is JsonValue reference && reference.GetValue<string>() is { } pointer && pointer.StartsWith('#'))
                {
                    schema["$ref"] = root + pointer[1..];
                }

                foreach (var (_, child) in schema.ToList())
                {
                    Rebase(child, root);
                }

                break;
            case JsonArray items:
                foreach (var child in items)
                {
                    Rebase(child, root);
                }

                break;
        }
    }
}
