using System.Text.Json.Nodes;
using JsonApi.OpenApi;

namespace AdminPortal.Web.Api.OpenApi;

/// <summary>
/// An OpenAPI operation of an endpoint beside the JSON:API (plain JSON bodies): its parameters and body with examples, its
/// responses. Errors named by status refer to <c>components/responses/{status}</c> (JSON:API error documents, as every /api refusal);
/// 401 and 429 are added to every secured operation by <see cref="ApiOpenApiDescription"/>.
/// </summary>
public sealed class PlainOperation(string operationId, string tag, string summary)
{
    public const string Json = "application/json";

    private readonly JsonArray _parameters = [];
    private readonly JsonObject _responses = [];
    private JsonObject? _body;
    private string? _description;
    private bool _anonymous;

    public PlainOperation Describe(string description)
    {
        _description = description;
        return this;
    }

    public PlainOperation PathParameter(string name, string description, JsonNode? example = null) =>
        Parameter(name, "path", description, new JsonObject { ["type"] = "string" }, example, required: true);

    public PlainOperation QueryParameter(string name, string description, JsonObject schema, JsonNode? example = null, bool required = false) =>
        Parameter(name, "query", description, schema, example, required);

    /// <summary>A JSON body of <c>components/schemas/{schema}</c>; the example is what a client would send.</summary>
    public PlainOperation Body(string schema, JsonNode? example = null, bool required = true)
    {
        var media = new JsonObject { ["schema"] = OpenApiDocumentBuilder.SchemaRef(schema) };
        if (example is not null)
        {
            media["example"] = example;
        }

        _body = new JsonObject { ["required"] = required, ["content"] = new JsonObject { [Json] = media } };
        return this;
    }

    /// <summary>A required JSON body of <c>components/schemas/{schema}</c> with named examples (one per kind of request), in order.</summary>
    public PlainOperation Body(string schema, IEnumerable<(string Name, string Summary, JsonNode Value)> examples)
    {
        var named = new JsonObject();
        foreach (var (name, summary, value) in examples)
        {
            named[name] = new JsonObject { ["summary"] = summary, ["value"] = value };
        }

        var media = new JsonObject { ["schema"] = OpenApiDocumentBuilder.SchemaRef(schema), ["examples"] = named };
        _body = new JsonObject { ["required"] = true, ["content"] = new JsonObject { [Json] = media } };
        return this;
    }

    /// <summary>A response; with a schema, a body of that media type (a component name, or an inline schema).</summary>
    public PlainOperation Returns(string status, string description, JsonNode? schema = null, string mediaType = Json)
    {
        var response = new JsonObject { ["description"] = description };
        if (schema is not null)
        {
            var reference = schema is JsonValue name ? OpenApiDocumentBuilder.SchemaRef(name.GetValue<string>()) : schema;
            response["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = reference } };
        }

        _responses[status] = response;
        return this;
    }

    /// <summary>Refusals answered with a JSON:API error document (<c>components/responses/{status}</c>).</summary>
    public PlainOperation Errors(params string[] statuses)
    {
        foreach (var status in statuses)
        {
            _responses[status] = OpenApiDocumentBuilder.ResponseRef(status);
        }

        return this;
    }

    /// <summary>Needs no credentials (<c>security: []</c>).</summary>
    public PlainOperation Anonymous()
    {
        _anonymous = true;
        return this;
    }

    public JsonObject Build()
    {
        var operation = new JsonObject { ["operationId"] = operationId, ["tags"] = new JsonArray(tag), ["summary"] = summary };
        if (_description is not null)
        {
            operation["description"] = _description;
        }

        if (_parameters.Count > 0)
        {
            operation["parameters"] = _parameters.DeepClone();
        }

        if (_body is not null)
        {
            operation["requestBody"] = _body.DeepClone();
        }

        operation["responses"] = _responses.DeepClone();
        if (_anonymous)
        {
            operation["security"] = new JsonArray();
        }

        return operation;
    }

    private PlainOperation Parameter(string name, string location, string description, JsonObject schema, JsonNode? example, bool required)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required, ["description"] = description, ["schema"] = schema };
        if (example is not null)
        {
            parameter["example"] = example;
        }

        _parameters.Add(parameter);
        return this;
    }
}
