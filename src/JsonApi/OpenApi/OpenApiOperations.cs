using System.Text.Json.Nodes;
using JsonApi.Serialization;

namespace JsonApi.OpenApi;

/// <summary>Operation objects of the JSON:API endpoints: their documents are <c>application/vnd.api+json</c>.</summary>
internal static class OpenApiOperations
{
    public const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    public static JsonObject Create(string operationId, string tag, string summary, JsonArray parameters, (string Status, JsonObject Response) success,
        string[] errors, string? requestSchema = null, string requestMediaType = JsonApiMediaType.Value, string? noContent = null)
    {
        var responses = new JsonObject { [success.Status] = success.Response };
        if (noContent is not null)
        {
            responses["204"] = new JsonObject { ["description"] = noContent };
        }

        foreach (var status in errors)
        {
            responses[status] = OpenApiDocumentBuilder.ResponseRef(status);
        }

        var operation = new JsonObject
        {
            ["operationId"] = operationId,
            ["tags"] = new JsonArray(tag),
            ["summary"] = summary,
            ["parameters"] = parameters,
            ["responses"] = responses,
        };
        if (requestSchema is not null)
        {
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(requestSchema, requestMediaType) };
        }

        return operation;
    }

    public static (string, JsonObject) Success(string status, string description, string schema, string mediaType = JsonApiMediaType.Value) =>
        (status, new JsonObject { ["description"] = description, ["content"] = Content(schema, mediaType) });

    public static (string, JsonObject) NoContent(string description) => ("204", new JsonObject { ["description"] = description });

    public static JsonObject Content(string schema, string mediaType = JsonApiMediaType.Value) =>
        new() { [mediaType] = new JsonObject { ["schema"] = OpenApiDocumentBuilder.SchemaRef(schema) } };
}
