using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JsonApi.OpenApi;

/// <summary>JSON Schemas of plain CLR types (the bodies of endpoints beside the JSON:API), exported with the serializer options the
/// endpoint itself uses, so the document cannot drift from the wire.</summary>
internal static class ClrTypeSchemas
{
    public static JsonNode Export(Type type, JsonSerializerOptions options, OpenApiSchemaUse use, string location)
    {
        var exporting = new JsonSerializerOptions(options)
        {
            RespectNullableAnnotations = true,
            TypeInfoResolver = options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver(),
        };
        if (use == OpenApiSchemaUse.Response)
        {
            exporting.NumberHandling = JsonNumberHandling.Strict;
        }

        var schema = exporting.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = use == OpenApiSchemaUse.Response ? RequireWrittenMembers : null,
        });
        if (schema is JsonObject root && root["type"] is JsonArray types)
        {
            root["type"] = types.Select(t => (string?)t).First(t => t != "null");
        }

        Relocate(schema, location);
        return schema;
    }

    /// <summary>In a response every member the serializer always writes is required (conditionally ignored members are not).</summary>
    private static JsonNode RequireWrittenMembers(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo is null && context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject objectSchema)
        {
            var written = context.TypeInfo.Properties.Where(property => property.Get is not null && !IsConditional(property)).Select(property => property.Name).ToList();
            if (written.Count > 0)
            {
                objectSchema["required"] = new JsonArray([.. written.Select(name => (JsonNode)JsonValue.Create(name))]);
            }
            else
            {
                objectSchema.Remove("required");
            }
        }

        return schema;
    }

    private static bool IsConditional(JsonPropertyInfo property) =>
        property.AttributeProvider is MemberInfo member
        && member.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault };

    /// <summary>The exporter's references point into the exported schema itself (<c>#/properties/children/items</c>); under
    /// <c>components/schemas/{name}</c> they need that prefix.</summary>
    private static void Relocate(JsonNode? node, string location)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith('#'))
                {
                    obj["$ref"] = location + target[1..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Relocate(child, location);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Relocate(child, location);
                }

                break;
        }
    }
}
