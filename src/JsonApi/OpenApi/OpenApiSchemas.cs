using System.Text.Json.Nodes;
using JsonApi.Graph;

namespace JsonApi.OpenApi;

/// <summary>JSON Schemas (OpenAPI 3.1 dialect) of resource types and the error document.</summary>
internal static class OpenApiSchemas
{
    public static JsonObject Build(ResourceGraph graph)
    {
        var schemas = new JsonObject
        {
            ["ResourceIdentifier"] = Object(("type", new JsonObject { ["type"] = "string" }), ("id", new JsonObject { ["type"] = "string" })),
            ["Error"] = Object(
                ("status", new JsonObject { ["type"] = "string" }),
                ("title", new JsonObject { ["type"] = "string" }),
                ("detail", new JsonObject { ["type"] = "string" }),
                ("source", Object(
                    ("pointer", new JsonObject { ["type"] = "string" }),
                    ("parameter", new JsonObject { ["type"] = "string" }),
                    ("header", new JsonObject { ["type"] = "string" })))),
            ["RelationshipDocument"] = Object(("data", new JsonObject
            {
                ["oneOf"] = new JsonArray(Ref("ResourceIdentifier"), new JsonObject { ["type"] = "array", ["items"] = Ref("ResourceIdentifier") }, new JsonObject { ["type"] = "null" }),
            })),
            ["ErrorDocument"] = Object(("errors", new JsonObject { ["type"] = "array", ["items"] = Ref("Error") })),
            ["AtomicOperationsDocument"] = Object(("atomic:operations", new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(
                    ("op", new JsonObject { ["enum"] = new JsonArray("add", "update", "remove") }),
                    ("ref", Object(("type", String()), ("id", String()), ("lid", String()), ("relationship", String()))),
                    ("data", new JsonObject())),
            })),
            ["AtomicResultsDocument"] = Object(("atomic:results", new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(("data", new JsonObject { ["type"] = "object" })),
            })),
        };
        foreach (var type in graph.Types)
        {
            var attributes = new JsonObject();
            foreach (var attribute in type.Attributes.Where(a => a.Can(AttributeCapabilities.View)))
            {
                var schema = ValueSchema(attribute);
                if (!attribute.Can(AttributeCapabilities.Create) && !attribute.Can(AttributeCapabilities.Change))
                {
                    schema["readOnly"] = true;
                }

                attributes[attribute.PublicName] = schema;
            }

            var relationships = new JsonObject();
            foreach (var relationship in type.Relationships)
            {
                JsonNode data = relationship.IsToMany
                    ? new JsonObject { ["type"] = "array", ["items"] = Ref("ResourceIdentifier") }
                    : new JsonObject { ["oneOf"] = new JsonArray(Ref("ResourceIdentifier"), new JsonObject { ["type"] = "null" }) };
                relationships[relationship.PublicName] = Object(("data", data));
            }

            schemas[$"{type.PublicName}Resource"] = Object(
                ("type", new JsonObject { ["const"] = type.PublicName }),
                ("id", new JsonObject { ["type"] = "string" }),
                ("attributes", new JsonObject { ["type"] = "object", ["properties"] = attributes }),
                ("relationships", new JsonObject { ["type"] = "object", ["properties"] = relationships }));
            schemas[$"{type.PublicName}Document"] = Object(("data", Ref($"{type.PublicName}Resource")),
                ("included", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } }));
            schemas[$"{type.PublicName}CollectionDocument"] = Object(
                ("data", new JsonObject { ["type"] = "array", ["items"] = Ref($"{type.PublicName}Resource") }),
                ("included", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } }),
                ("meta", Object(("total", new JsonObject { ["type"] = "integer" }))));
        }

        return schemas;
    }

    private static JsonObject String() => new() { ["type"] = "string" };

    public static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    private static JsonObject Object(params (string Name, JsonNode Schema)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            result[name] = schema;
        }

        return new JsonObject { ["type"] = "object", ["properties"] = result };
    }

    private static JsonObject ValueSchema(ResourceAttribute attribute)
    {
        var type = Nullable.GetUnderlyingType(attribute.ValueType) ?? attribute.ValueType;
        JsonObject schema;
        if (attribute.Codec.EnumNames is { } names)
        {
            schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names.Names.Select(name => (JsonNode)JsonValue.Create(name))]) };
        }
        else
        {
            schema = Type.GetTypeCode(type) switch
            {
                TypeCode.Boolean => new JsonObject { ["type"] = "boolean" },
                TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => new JsonObject { ["type"] = "integer" },
                TypeCode.Single or TypeCode.Double or TypeCode.Decimal => new JsonObject { ["type"] = "number" },
                TypeCode.DateTime => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                _ when type == typeof(Guid) => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
                _ when type == typeof(DateTimeOffset) => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                _ => new JsonObject { ["type"] = "string" },
            };
        }

        if (attribute.IsNullable)
        {
            schema["type"] = new JsonArray(JsonValue.Create(schema["type"]!.GetValue<string>()), JsonValue.Create("null"));
            schema.Remove("enum");
        }

        return schema;
    }
}
