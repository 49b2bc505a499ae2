using System.Text.Json.Nodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Small builders for the OpenAPI 3.1 description of the seed dialects.</summary>
public static class OpenApiNodes
{
    public const string Bearer = "bearer";
    public const string Basic = "basic";

    public static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    public static JsonObject ResponseRef(string response) => new() { ["$ref"] = $"#/components/responses/{response}" };

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

    public static JsonObject Parameter(string name, string location, JsonNode schema, string description, bool required = false)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["description"] = description, ["schema"] = Own(schema) };
        if (required || location == "path")
        {
            parameter["required"] = true;
        }

        return parameter;
    }

    public static JsonObject Response(string description, JsonNode? schema = null, JsonObject? headers = null)
    {
        var response = new JsonObject { ["description"] = description };
        if (schema is not null)
        {
            response["content"] = Content(schema);
        }

        if (headers is not null)
        {
            response["headers"] = Own(headers);
        }

        return response;
    }

    /// <summary>An operation signed in with a bearer token or HTTP Basic (an API credential).</summary>
    public static JsonObject Operation(string operationId, string summary, string tag, JsonArray parameters, JsonObject responses, JsonObject? requestBody = null, string? description = null)
    {
        var operation = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = summary,
            ["tags"] = new JsonArray(tag),
            ["security"] = new JsonArray(new JsonObject { [Bearer] = new JsonArray() }, new JsonObject { [Basic] = new JsonArray() }),
            ["parameters"] = parameters,
            ["responses"] = responses,
        };
        if (description is not null)
        {
            operation["description"] = description;
        }

        if (requestBody is not null)
        {
            operation["requestBody"] = requestBody;
        }

        return operation;
    }

    /// <summary>A node placed in the document once: one that already has a place is copied.</summary>
    public static JsonNode Own(JsonNode node) => node.Parent is null ? node : node.DeepClone();

    public static JsonObject Body(JsonNode schema, string? description = null)
    {
        var body = new JsonObject { ["required"] = true, ["content"] = Content(schema) };
        if (description is not null)
        {
            body["description"] = description;
        }

        return body;
    }
}
