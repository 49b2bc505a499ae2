using System.Text.Json.Nodes;
using JsonApi.Configuration;
using JsonApi.Graph;
using static JsonApi.OpenApi.OpenApiSchemas;

namespace JsonApi.OpenApi;

/// <summary>The schemas of one resource type: <c>{Type}Resource</c> as the server writes it (members may be left out by sparse
/// fieldsets, none unknown), its single, nullable (empty to-one) and collection documents, and the create and update bodies
/// listing only the members a client may write.</summary>
internal static class ResourceSchemas
{
    public static void AddTo(OpenApiDocumentBuilder document, ResourceType type, JsonApiOptions options)
    {
        var name = type.PublicName;
        var typeName = new JsonObject { ["type"] = "string", ["const"] = name };
        var attributes = Closed(type.Attributes.Where(a => a.Can(AttributeCapabilities.View)).Select(a => (a.PublicName, (JsonNode)Value(a, readOnly: IsReadOnly(a)))));
        var relationships = Closed(type.Relationships.Select(r => (r.PublicName, (JsonNode)Ref(r.IsToMany ? "ToManyRelationship" : "ToOneRelationship"))));
        document.AddSchema($"{name}Resource", Object(["type", "id"],
                ("type", typeName.DeepClone()), ("id", String()), ("attributes", attributes), ("relationships", relationships),
                ("links", Ref("Links")), ("meta", Ref("Meta"))))
            .AddSchema($"{name}Document", Document(Ref($"{name}Resource")))
            .AddSchema($"{name}CollectionDocument", Document(ArrayOf(Ref($"{name}Resource"))));

        if (type.Has(ResourceEndpoints.Post))
        {
            var members = new List<(string, JsonNode)> { ("type", typeName.DeepClone()), ("lid", String()) };
            if (options.AllowClientGeneratedIds)
            {
                members.Add(("id", String()));
            }

            members.Add(("attributes", Closed(type.Attributes.Where(a => a.Can(AttributeCapabilities.Create)).Select(a => (a.PublicName, (JsonNode)Value(a, readOnly: false))))));
            members.Add(("relationships", WritableRelationships(type)));
            document.AddSchema($"{name}CreateRequest", Object(["data"], ("data", Object(["type"], [.. members]))));
        }

        if (type.Has(ResourceEndpoints.Patch))
        {
            document.AddSchema($"{name}UpdateRequest", Object(["data"], ("data", Object(["type", "id"],
                ("type", typeName.DeepClone()),
                ("id", String()),
                ("attributes", Closed(type.Attributes.Where(a => a.Can(AttributeCapabilities.Change)).Select(a => (a.PublicName, (JsonNode)Value(a, readOnly: false))))),
                ("relationships", WritableRelationships(type))))));
        }
    }

    /// <summary>The document of a to-one related endpoint: the resource, or null when there is none.</summary>
    public static string AddNullableDocument(OpenApiDocumentBuilder document, ResourceType type)
    {
        var name = $"{type.PublicName}NullableDocument";
        document.AddSchema(name, Document(new JsonObject { ["oneOf"] = new JsonArray(Ref($"{type.PublicName}Resource"), Null()) }));
        return name;
    }

    private static bool IsReadOnly(ResourceAttribute attribute) =>
        !attribute.Can(AttributeCapabilities.Create) && !attribute.Can(AttributeCapabilities.Change);

    private static JsonObject WritableRelationships(ResourceType type) => Closed(type.Relationships.Where(r => !r.IsReadOnly).Select(r =>
        (r.PublicName, (JsonNode)Object(["data"], ("data", r.IsToMany
            ? ArrayOf(Ref("ResourceIdentifierOrLocal"))
            : new JsonObject { ["oneOf"] = new JsonArray(Ref("ResourceIdentifierOrLocal"), Null()) })))));

    /// <summary>An object with exactly these (optional) members.</summary>
    private static JsonObject Closed(IEnumerable<(string Name, JsonNode Schema)> members)
    {
        var result = Object([], [.. members]);
        result["additionalProperties"] = false;
        return result;
    }

    private static JsonObject Value(ResourceAttribute attribute, bool readOnly)
    {
        var type = Nullable.GetUnderlyingType(attribute.ValueType) ?? attribute.ValueType;
        JsonObject schema;
        if (attribute.Codec.EnumNames is { } names)
        {
            schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names.Names.Select(name => (JsonNode)JsonValue.Create(name))]) };
        }
        else if (attribute.Codec.IsSerializedAsJson)
        {
            schema = new JsonObject { ["description"] = $"A JSON value ({type.Name})." };
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
                _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date" },
                _ when type == typeof(TimeSpan) => new JsonObject { ["type"] = "string", ["description"] = "A duration, [-][d.]hh:mm:ss[.fffffff]." },
                _ => new JsonObject { ["type"] = "string" },
            };
        }

        if (attribute.IsNullable && schema["type"] is JsonValue single)
        {
            schema["type"] = new JsonArray(JsonValue.Create(single.GetValue<string>()), JsonValue.Create("null"));
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        if (readOnly)
        {
            schema["readOnly"] = true;
        }

        return schema;
    }
}
