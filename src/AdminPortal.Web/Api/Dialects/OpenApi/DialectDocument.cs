using System.Text.Json;
using System.Text.Json.Nodes;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>The paths, schemas, responses and tags the seed dialects add to the OpenAPI document.</summary>
public sealed class DialectDocument
{
    public JsonObject Paths { get; } = [];

    public JsonObject Schemas { get; } = [];

    public JsonObject Responses { get; } = [];

    public JsonArray Tags { get; } = [];

    public void Tag(string name, string description) => Tags.Add(new JsonObject { ["name"] = name, ["description"] = description });

    public void Path(string path, string method, JsonObject operation)
    {
        if (Paths[path] is not JsonObject operations)
        {
            Paths[path] = operations = [];
        }

        operations[method] = operation;
    }

    /// <summary>A component schema of a wire record (once); returns a reference to it.</summary>
    public JsonObject Schema(Type wire, JsonSerializerOptions options)
    {
        if (!Schemas.ContainsKey(wire.Name))
        {
            Schemas[wire.Name] = WireSchemas.For(wire, options, wire.Name);
        }

        return Ref(wire.Name);
    }

    public JsonObject Schema(string name, JsonNode schema)
    {
        Schemas[name] = schema;
        return Ref(name);
    }

    /// <summary>Merges into the document beside what is there (the JSON:API resources), with the Bearer and Basic schemes.</summary>
    public void MergeInto(JsonObject document)
    {
        var paths = Child(document, "paths");
        foreach (var (path, operations) in Paths.ToList())
        {
            Paths.Remove(path);
            paths[path] = operations;
        }

        var components = Child(document, "components");
        Move(Schemas, Child(components, "schemas"));
        Move(Responses, Child(components, "responses"));
        var schemes = Child(components, "securitySchemes");
        schemes[Bearer] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "A token from POST /api/auth/token (or Entra ID when configured).",
        };
        schemes[Basic] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "basic",
            ["description"] = "An API credential: subdomain:secret (or key:secret) of an organisation credential, acting as an admin of its "
                + "organisation; api_key:api_secret of an agent credential, acting as that agent.",
        };
        document["security"] ??= new JsonArray(new JsonObject { [Bearer] = new JsonArray() }, new JsonObject { [Basic] = new JsonArray() });
        var tags = document["tags"] as JsonArray ?? [];
        foreach (var tag in Tags.ToList())
        {
            Tags.Remove(tag);
            tags.Add(tag);
        }

        document["tags"] = tags;
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is not JsonObject child)
        {
            parent[name] = child = [];
        }

        return child;
    }

    private static void Move(JsonObject from, JsonObject to)
    {
        foreach (var (name, node) in from.ToList())
        {
            from.Remove(name);
            to[name] = node;
        }
    }
}
