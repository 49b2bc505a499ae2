using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>
/// JSON schemas of the wire records, exported from the records themselves with the serializer options that write them
/// (member names, nullability, formats), so the document says what the endpoints send. A record that contains itself (a
/// tree node) refers to its component.
/// </summary>
public static class WireSchemas
{
    public static JsonNode For(Type type, JsonSerializerOptions options, string componentName)
    {
        var exporting = new JsonSerializerOptions(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(exporting, type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        Rebase(schema, $"#/components/schemas/{componentName}");
        return schema;
    }

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
