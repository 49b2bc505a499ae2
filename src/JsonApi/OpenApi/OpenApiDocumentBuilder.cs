using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonApi.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document being composed by the <see cref="IOpenApiContributor"/>s. Paths, operations and components are
/// JSON nodes as the specification spells them; the builder refuses what would make the document invalid: an operation twice,
/// an operation without a unique <c>operationId</c>, two different components under one name.
/// </summary>
public sealed class OpenApiDocumentBuilder
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly JsonObject _paths = [];
    private readonly JsonObject _components = [];
    private readonly JsonArray _tags = [];
    private readonly HashSet<string> _operationIds = new(StringComparer.Ordinal);

    /// <summary>The <c>info</c> object (title, version, description, ...).</summary>
    public JsonObject Info { get; } = new() { ["title"] = "JSON:API", ["version"] = "1.0" };

    /// <summary>The document's default <c>security</c>: any one of its requirement objects admits a request; empty means none is needed.</summary>
    public JsonArray Security { get; } = [];

    /// <summary>Adds one operation (<c>get</c>, <c>post</c>, ...) of a path; it must carry an <c>operationId</c> unique in the document.</summary>
    public OpenApiDocumentBuilder AddOperation(string path, string method, JsonObject operation)
    {
        method = method.ToLowerInvariant();
        if (!Methods.Contains(method))
        {
            throw new ArgumentException($"'{method}' is not an OpenAPI operation.", nameof(method));
        }

        var operationId = (operation["operationId"] as JsonValue)?.GetValue<string>()
            ?? throw new ArgumentException($"{method.ToUpperInvariant()} {path} has no operationId.", nameof(operation));
        if (!_operationIds.Add(operationId))
        {
            throw new InvalidOperationException($"The operationId '{operationId}' is used twice.");
        }

        if (_paths[path] is not JsonObject item)
        {
            _paths[path] = item = [];
        }

        if (item.ContainsKey(method))
        {
            throw new InvalidOperationException($"{method.ToUpperInvariant()} {path} is described twice.");
        }

        item[method] = operation;
        return this;
    }

    /// <summary>Parameters shared by every operation of a path (e.g. its path parameters).</summary>
    public OpenApiDocumentBuilder SetPathParameters(string path, JsonArray parameters)
    {
        if (_paths[path] is not JsonObject item)
        {
            _paths[path] = item = [];
        }

        item["parameters"] = parameters;
        return this;
    }

    /// <summary>Every operation added so far: its path, method and operation object (to decorate them, e.g. with responses).</summary>
    public IEnumerable<(string Path, string Method, JsonObject Operation)> Operations =>
        _paths.SelectMany(path => path.Value!.AsObject()
            .Where(entry => Methods.Contains(entry.Key))
            .Select(entry => (path.Key, entry.Key, entry.Value!.AsObject())));

    /// <summary>Adds <c>components/{section}/{name}</c>; the same component twice is fine, a different one under the same name is refused.</summary>
    public OpenApiDocumentBuilder AddComponent(string section, string name, JsonNode component)
    {
        if (_components[section] is not JsonObject entries)
        {
            _components[section] = entries = [];
        }

        if (entries[name] is { } existing)
        {
            return JsonNode.DeepEquals(existing, component) ? this
                : throw new InvalidOperationException($"components/{section}/{name} is described twice, differently.");
        }

        entries[name] = component;
        return this;
    }

    public OpenApiDocumentBuilder AddSchema(string name, JsonNode schema) => AddComponent("schemas", name, schema);

    public OpenApiDocumentBuilder AddResponse(string name, JsonObject response) => AddComponent("responses", name, response);

    public OpenApiDocumentBuilder AddParameter(string name, JsonObject parameter) => AddComponent("parameters", name, parameter);

    public OpenApiDocumentBuilder AddSecurityScheme(string name, JsonObject scheme) => AddComponent("securitySchemes", name, scheme);

    /// <summary>Adds <c>components/schemas/{name}</c> exported from <typeparamref name="T"/> as <paramref name="options"/> (de)serializes it.</summary>
    public OpenApiDocumentBuilder AddSchemaOf<T>(string name, JsonSerializerOptions options, OpenApiSchemaUse use = OpenApiSchemaUse.Response) =>
        AddSchema(name, ClrTypeSchemas.Export(typeof(T), options, use, $"#/components/schemas/{name}"));

    public OpenApiDocumentBuilder AddTag(string name, string description)
    {
        if (!_tags.Any(tag => (string?)tag!["name"] == name))
        {
            _tags.Add(new JsonObject { ["name"] = name, ["description"] = description });
        }

        return this;
    }

    public bool HasComponent(string section, string name) => _components[section]?[name] is not null;

    /// <summary><c>{"$ref": "#/components/schemas/{name}"}</c>.</summary>
    public static JsonObject SchemaRef(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    /// <summary><c>{"$ref": "#/components/responses/{name}"}</c>.</summary>
    public static JsonObject ResponseRef(string name) => new() { ["$ref"] = $"#/components/responses/{name}" };

    /// <summary>The document without <c>servers</c> (written per request, from the request's own origin).</summary>
    internal JsonObject Build()
    {
        var document = new JsonObject { ["openapi"] = "3.1.0", ["info"] = Info.DeepClone() };
        if (Security.Count > 0)
        {
            document["security"] = Security.DeepClone();
        }

        if (_tags.Count > 0)
        {
            document["tags"] = _tags.DeepClone();
        }

        document["paths"] = _paths.DeepClone();
        document["components"] = _components.DeepClone();
        return document;
    }
}
