using System.Text.Json.Nodes;
using JsonApi.Configuration;
using JsonApi.Graph;
using JsonApi.Serialization;
using Microsoft.AspNetCore.Http;

namespace JsonApi.OpenApi;

/// <summary>Writes an OpenAPI 3.1 description of the graph's endpoints at <c>{prefix}/openapi.json</c>: every path,
/// its parameters, request and response documents and the error responses it can give.</summary>
internal static class OpenApiDocumentWriter
{
    /// <summary>Marks the document's endpoint: it is plain JSON, served to <c>application/json</c> as well as to JSON:API clients.</summary>
    public static readonly object Endpoint = new OpenApiDocumentEndpoint();

    public static async Task WriteAsync(HttpContext http, string document)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(document, http.RequestAborted);
    }

    public static JsonObject Build(ResourceGraph graph, JsonApiOptions options, string prefix)
    {
        var paths = new JsonObject();
        foreach (var type in graph.Types)
        {
            var name = type.PublicName;
            var collection = new JsonObject();
            var single = new JsonObject();
            if (type.Has(ResourceEndpoints.GetCollection))
            {
                collection["get"] = Operation($"List {name} resources", OpenApiParameters.ForCollection(graph, type),
                    Success("200", $"{name}CollectionDocument"), OpenApiErrors.Read);
            }

            if (type.Has(ResourceEndpoints.Post))
            {
                collection["post"] = Operation($"Create a {name}", OpenApiParameters.ForSingle(graph, conditional: false),
                    Success("201", $"{name}Document"), OpenApiErrors.Create, $"{name}Document");
            }

            if (type.Has(ResourceEndpoints.GetSingle))
            {
                single["get"] = Operation($"Get one {name}", OpenApiParameters.ForSingle(graph, conditional: true),
                    Success("200", $"{name}Document"), OpenApiErrors.ReadOne);
            }

            if (type.Has(ResourceEndpoints.Patch))
            {
                var parameters = OpenApiParameters.ForSingle(graph, conditional: false);
                parameters.Add(OpenApiParameters.Ref("if_match"));
                single["patch"] = Operation($"Update a {name}: only the members sent change", parameters,
                    Success("200", $"{name}Document"), OpenApiErrors.Update, $"{name}Document");
            }

            if (type.Has(ResourceEndpoints.Delete))
            {
                single["delete"] = Operation($"Delete a {name}", OpenApiParameters.Refs("if_match"), NoContent(), OpenApiErrors.Delete);
            }

            AddPath(paths, $"{prefix}/{type.Route}", collection);
            AddPath(paths, $"{prefix}/{type.Route}/{{id}}", single, withId: true);
            AddRelationshipPaths(paths, graph, type, prefix);
        }

        if (graph.Types.Any(type => type.Has(ResourceEndpoints.Post) || type.Has(ResourceEndpoints.Patch) || type.Has(ResourceEndpoints.Delete)))
        {
            paths[$"{prefix}/operations"] = new JsonObject
            {
                ["post"] = Operation("Atomic operations: add, update and remove resources and relationships in one transaction "
                    + "(Content-Type application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\")", [],
                    Success("200", "AtomicResultsDocument"), OpenApiErrors.Update, "AtomicOperationsDocument"),
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "JSON:API", ["version"] = "1.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = OpenApiSchemas.Build(graph),
                ["parameters"] = OpenApiParameters.Build(graph, options),
                ["responses"] = OpenApiErrors.Responses(),
            },
        };
    }

    private static void AddRelationshipPaths(JsonObject paths, ResourceGraph graph, ResourceType type, string prefix)
    {
        foreach (var relationship in type.Relationships)
        {
            var right = relationship.RightType.PublicName;
            var about = $"the {relationship.PublicName} of a {type.PublicName}";
            if (type.Has(ResourceEndpoints.GetSecondary))
            {
                var operation = relationship.IsToMany
                    ? Operation($"Get {about}", OpenApiParameters.ForCollection(graph, relationship.RightType), Success("200", $"{right}CollectionDocument"), OpenApiErrors.ReadOne)
                    : Operation($"Get {about}", OpenApiParameters.ForSingle(graph, conditional: true), Success("200", $"{right}Document"), OpenApiErrors.ReadOne);
                AddPath(paths, $"{prefix}/{type.Route}/{{id}}/{relationship.PublicName}", new JsonObject { ["get"] = operation }, withId: true);
            }

            var operations = new JsonObject();
            if (type.Has(ResourceEndpoints.GetRelationship))
            {
                operations["get"] = Operation($"Get the identifiers of {about}", OpenApiParameters.Refs("if_none_match"),
                    Success("200", "RelationshipDocument"), OpenApiErrors.ReadOne);
            }

            var writable = !relationship.IsReadOnly;
            if (writable && type.Has(ResourceEndpoints.PatchRelationship))
            {
                operations["patch"] = Operation($"Replace {about}", OpenApiParameters.Refs("if_match"), NoContent(), OpenApiErrors.ChangeRelationship, "RelationshipDocument");
            }

            if (writable && relationship.IsToMany && type.Has(ResourceEndpoints.PostRelationship))
            {
                operations["post"] = Operation($"Add to {about}", OpenApiParameters.Refs("if_match"), NoContent(), OpenApiErrors.ChangeRelationship, "RelationshipDocument");
            }

            if (writable && relationship.IsToMany && type.Has(ResourceEndpoints.DeleteRelationship))
            {
                operations["delete"] = Operation($"Remove from {about}", OpenApiParameters.Refs("if_match"), NoContent(), OpenApiErrors.ChangeRelationship, "RelationshipDocument");
            }

            AddPath(paths, $"{prefix}/{type.Route}/{{id}}/relationships/{relationship.PublicName}", operations, withId: true);
        }
    }

    private static void AddPath(JsonObject paths, string path, JsonObject operations, bool withId = false)
    {
        if (operations.Count == 0)
        {
            return;
        }

        if (withId)
        {
            operations["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "id",
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        paths[path] = operations;
    }

    private static JsonObject Operation(string summary, JsonArray parameters, (string Status, JsonObject Response) success, string[] errors, string? requestSchema = null)
    {
        var responses = new JsonObject { [success.Status] = success.Response };
        foreach (var status in errors)
        {
            responses[status] = new JsonObject { ["$ref"] = $"#/components/responses/{status}" };
        }

        var operation = new JsonObject { ["summary"] = summary, ["parameters"] = parameters, ["responses"] = responses };
        if (requestSchema is not null)
        {
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = OpenApiErrors.Content(requestSchema) };
        }

        return operation;
    }

    private static (string, JsonObject) Success(string status, string schema) =>
        (status, new JsonObject { ["description"] = status == "201" ? "Created" : "OK", ["content"] = OpenApiErrors.Content(schema) });

    private static (string, JsonObject) NoContent() => ("204", new JsonObject { ["description"] = "No content" });
}

internal sealed class OpenApiDocumentEndpoint;
