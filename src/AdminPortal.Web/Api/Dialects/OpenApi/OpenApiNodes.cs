using System.Text.Json.Nodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Small builders for the OpenAPI 3.1 description of the seed dialects.</summary>
public static class OpenApiNodes
{
    public static JsonObject Schema(string type, string? format = null, string? description = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }

    public static JsonObject ArrayOf(JsonNode items) => new() { ["type"] = "array", ["items"] = Own(items) };

    public static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    public static JsonObject Content(JsonNode schema, string mediaType = DialectJson.MediaType) =>
        new() { [mediaType] = new JsonObject { ["schema"] = Own(schema) } };

    public static JsonObject Parameter(string name, string location, JsonNode schema, string description, bool required = false, JsonNode? example = null)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["description"] = description, ["required"] = required || location == "path", ["schema"] = Own(schema) };
        if (example is not null)
        {
            parameter["example"] = Own(example);
        }

        return parameter;
    }

    public static JsonObject Response(string description, JsonNode? schema = null, JsonObject? headers = null)
    {
        var response = new JsonObject { ["description"] = description };
        if (headers is not null)
        {
            response["headers"] = Own(headers);
        }

        if (schema is not null)
        {
            response["content"] = Content(schema);
        }

        return response;
    }

    public static JsonObject Operation(string operationId, string summary, string tag, JsonArray parameters, JsonObject responses, JsonObject? requestBody = null, string? description = null)
    {
        var operation = new JsonObject { ["operationId"] = operationId, ["tags"] = new JsonArray(tag), ["summary"] = summary };
        if (description is not null)
        {
            operation["description"] = description;
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (requestBody is not null)
        {
            operation["requestBody"] = requestBody;
        }

        operation["responses"] = responses;
        return operation;
    }

    public static JsonObject Body(JsonNode schema, JsonNode example, bool required = true, string? description = null)
    {
        var content = Content(schema);
        content[DialectJson.MediaType]!["example"] = Own(example);
        var body = new JsonObject { ["required"] = required, ["content"] = content };
        if (description is not null)
        {
            body["description"] = description;
        }

        return body;
    }

    /// <summary>A node placed in the document once: one that already has a place is copied.</summary>
    public static JsonNode Own(JsonNode node) => node.Parent is null ? node : node.DeepClone();
}
