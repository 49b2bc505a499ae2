using System.Text.Json.Nodes;
using JsonApi.Graph;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;

namespace JsonApi.OpenApi;

/// <summary>Writes an OpenAPI 3.1 description of the graph's endpoints at <c>{prefix}/openapi.json</c>.</summary>
internal static class OpenApiDocumentWriter
{
    public static async Task WriteAsync(HttpContext http, ResourceGraph graph, string prefix)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(Build(graph, prefix).ToJsonString(), http.RequestAborted);
    }

    public static JsonObject Build(ResourceGraph graph, string prefix)
    {
        var paths = new JsonObject();
        foreach (var type in graph.Types)
        {
            var collection = new JsonObject();
            var single = new JsonObject();
            if (type.Has(ResourceEndpoints.GetCollection))
            {
                collection["get"] = Operation($"List {type.PublicName} resources", $"{type.PublicName}CollectionDocument", CollectionParameters());
            }

            if (type.Has(ResourceEndpoints.Post))
            {
                collection["post"] = Operation($"Create a {type.PublicName}", $"{type.PublicName}Document", ResourceParameters(), "201", $"{type.PublicName}Document");
            }

            if (type.Has(ResourceEndpoints.GetSingle))
            {
                single["get"] = Operation($"Get one {type.PublicName}", $"{type.PublicName}Document", ResourceParameters());
            }

            if (type.Has(ResourceEndpoints.Patch))
            {
                single["patch"] = Operation($"Update a {type.PublicName}", $"{type.PublicName}Document", ResourceParameters(), "200", $"{type.PublicName}Document");
            }

            if (type.Has(ResourceEndpoints.Delete))
            {
                single["delete"] = Operation($"Delete a {type.PublicName}", null, [], "204");
            }

            AddPath(paths, $"{prefix}/{type.Route}", collection, null);
            AddPath(paths, $"{prefix}/{type.Route}/{{id}}", single, IdParameter());
            foreach (var relationship in type.Relationships.Where(_ => type.Has(ResourceEndpoints.GetSecondary)))
            {
                var document = relationship.IsToMany ? $"{relationship.RightType.PublicName}CollectionDocument" : $"{relationship.RightType.PublicName}Document";
                AddPath(paths, $"{prefix}/{type.Route}/{{id}}/{relationship.PublicName}",
                    new JsonObject { ["get"] = Operation($"Get the {relationship.PublicName} of a {type.PublicName}", document, relationship.IsToMany ? CollectionParameters() : ResourceParameters()) },
                    IdParameter());
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "JSON:API", ["version"] = "1.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = OpenApiSchemas.Build(graph) },
        };
    }

    private static void AddPath(JsonObject paths, string path, JsonObject operations, JsonObject? idParameter)
    {
        if (operations.Count == 0)
        {
            return;
        }

        if (idParameter is not null)
        {
            operations["parameters"] = new JsonArray(idParameter);
        }

        paths[path] = operations;
    }

    private static JsonObject Operation(string summary, string? documentSchema, JsonArray parameters, string status = "200", string? requestSchema = null)
    {
        var responses = new JsonObject
        {
            [status] = documentSchema is null
                ? new JsonObject { ["description"] = "No content" }
                : new JsonObject { ["description"] = "Success", ["content"] = Content(documentSchema) },
            ["default"] = new JsonObject { ["description"] = "Error", ["content"] = Content("ErrorDocument") },
        };
        var operation = new JsonObject { ["summary"] = summary, ["parameters"] = parameters, ["responses"] = responses };
        if (requestSchema is not null)
        {
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(requestSchema) };
        }

        return operation;
    }

    private static JsonObject Content(string schema) => new() { [JsonApiMediaType.Value] = new JsonObject { ["schema"] = OpenApiSchemas.Ref(schema) } };

    private static JsonObject IdParameter() => new() { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } };

    private static JsonObject Query(string name, string description) =>
        new() { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } };

    private static JsonArray ResourceParameters() => new(
        Query("include", "Relationship paths to include, comma-separated, dotted for nesting."),
        Query("fields", "fields[Type]=a,b: the members to return per resource type."));

    private static JsonArray CollectionParameters() => new(
        Query("include", "Relationship paths to include, comma-separated, dotted for nesting."),
        Query("fields", "fields[Type]=a,b: the members to return per resource type."),
        Query("sort", "Comma-separated attribute paths; '-' for descending."),
        Query("filter", "e.g. and(equals(name,'x'),greaterThan(count(items),'2'))."),
        Query("page[number]", "1-based page number."),
        Query("page[size]", "Page size."));
}
