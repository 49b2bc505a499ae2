using System.Text.Json.Nodes;
using JsonApi.Configuration;
using JsonApi.Graph;

namespace JsonApi.OpenApi;

/// <summary>JSON Schemas (OpenAPI 3.1 dialect) of the JSON:API document structure: what every document shares, then the resource
/// objects, documents and request bodies of each type (<see cref="ResourceSchemas"/>).</summary>
internal static class OpenApiSchemas
{
    public static void AddTo(OpenApiDocumentBuilder document, ResourceGraph graph, JsonApiOptions options)
    {
        var link = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "uri" };
        var identifier = Object(["type", "id"], ("type", String()), ("id", String()), ("meta", Ref("Meta")));
        document.AddSchema("Meta", new JsonObject { ["type"] = "object" })
            .AddSchema("JsonApiObject", Object([], ("version", String()), ("ext", UriList()), ("profile", UriList()), ("meta", Ref("Meta"))))
            .AddSchema("Link", link)
            .AddSchema("Links", new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("Link") })
            .AddSchema("ResourceIdentifier", identifier)
            .AddSchema("ResourceIdentifierOrLocal", new JsonObject
            {
                ["description"] = "A resource identifier; inside Atomic Operations `lid` may name a resource added earlier in the request.",
                ["type"] = "object",
                ["properties"] = new JsonObject { ["type"] = String(), ["id"] = String(), ["lid"] = String(), ["meta"] = Ref("Meta") },
                ["required"] = new JsonArray("type"),
            })
            .AddSchema("ToOneRelationship", Relationship(new JsonObject { ["oneOf"] = new JsonArray(Ref("ResourceIdentifier"), Null()) }))
            .AddSchema("ToManyRelationship", Relationship(ArrayOf(Ref("ResourceIdentifier"))))
            .AddSchema("Resource", Object(["type", "id"], ("type", String()), ("id", String()),
                ("attributes", new JsonObject { ["type"] = "object" }), ("relationships", new JsonObject { ["type"] = "object" }),
                ("links", Ref("Links")), ("meta", Ref("Meta"))))
            .AddSchema("ToOneLinkageDocument", Document(new JsonObject { ["oneOf"] = new JsonArray(Ref("ResourceIdentifier"), Null()) }))
            .AddSchema("ToManyLinkageDocument", Document(ArrayOf(Ref("ResourceIdentifier"))))
            .AddSchema("Error", Object([],
                ("id", String()),
                ("links", Ref("Links")),
                ("status", String()),
                ("code", String()),
                ("title", String()),
                ("detail", String()),
                ("source", Object([], ("pointer", String()), ("parameter", String()), ("header", String()))),
                ("meta", Ref("Meta"))))
            .AddSchema("ErrorDocument", Object(["errors"],
                ("errors", new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("Error") }),
                ("jsonapi", Ref("JsonApiObject")), ("links", Ref("Links")), ("meta", Ref("Meta"))))
            .AddSchema("AtomicOperationsRequest", Object(["atomic:operations"], ("atomic:operations", new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["maxItems"] = options.MaxAtomicOperations,
                ["items"] = Object(["op"],
                    ("op", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("add", "update", "remove") }),
                    ("ref", Object(["type"], ("type", String()), ("id", String()), ("lid", String()), ("relationship", String()))),
                    ("href", String()),
                    ("data", new JsonObject { ["description"] = "A resource object, a resource identifier, an array of identifiers or null, as the operation needs." }),
                    ("meta", Ref("Meta"))),
            })))
            .AddSchema("AtomicResultsDocument", Object(["atomic:results"],
                ("atomic:results", ArrayOf(Object([], ("data", new JsonObject { ["oneOf"] = new JsonArray(Ref("Resource"), Null()) }), ("meta", Ref("Meta"))))),
                ("jsonapi", Ref("JsonApiObject")), ("meta", Ref("Meta"))));
        foreach (var type in graph.Types)
        {
            ResourceSchemas.AddTo(document, type, options);
        }
    }

    /// <summary>A top-level document around <paramref name="data"/>: <c>data</c> required; jsonapi, links, meta and included beside it.</summary>
    public static JsonObject Document(JsonNode data, params (string Name, JsonNode Schema)[] more) => Object(["data"],
        [("data", data), ("included", ArrayOf(Ref("Resource"))), ("jsonapi", Ref("JsonApiObject")), ("links", Ref("Links")), ("meta", Ref("Meta")), .. more]);

    public static JsonObject Object(string[] required, params (string Name, JsonNode Schema)[] properties)
    {
        var members = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            members[name] = schema;
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = members };
        if (required.Length > 0)
        {
            result["required"] = new JsonArray([.. required.Select(name => (JsonNode)JsonValue.Create(name))]);
        }

        return result;
    }

    public static JsonObject Ref(string schema) => OpenApiDocumentBuilder.SchemaRef(schema);

    public static JsonObject String() => new() { ["type"] = "string" };

    public static JsonObject Null() => new() { ["type"] = "null" };

    public static JsonObject ArrayOf(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject UriList() => ArrayOf(new JsonObject { ["type"] = "string", ["format"] = "uri" });

    /// <summary>A relationship object: at least one of links, data and meta.</summary>
    private static JsonObject Relationship(JsonNode data)
    {
        var relationship = Object([], ("links", Ref("Links")), ("data", data), ("meta", Ref("Meta")));
        relationship["minProperties"] = 1;
        return relationship;
    }
}
