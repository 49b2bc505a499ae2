using System.Text.Json.Nodes;

namespace AdminPortal.Fuzz.Tests;

/// <summary>One operation of the host's OpenAPI document: where it lives, what it takes.</summary>
public sealed record OpenApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<OpenApiParameter> Parameters,
    string? BodyMediaType,
    JsonNode? BodySchema)
{
    public string Name => $"{Method} {PathTemplate}";

    public IEnumerable<OpenApiParameter> In(string location) => Parameters.Where(p => p.Location == location);
}

/// <summary>A parameter with its description (the document lists filterable and sortable members there).</summary>
public sealed record OpenApiParameter(string Name, string Location, string Description, JsonNode? Schema);

/// <summary>Reads every operation of an OpenAPI 3.1 document, resolving <c>$ref</c>s into the components.</summary>
public sealed class OpenApiDocument
{
    private static readonly string[] _methods = ["get", "post", "put", "patch", "delete"];
    private readonly JsonObject _document;

    public OpenApiDocument(JsonObject document)
    {
        _document = document;
        Operations = ReadOperations();
    }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; hops < 16 && node is JsonObject o && o["$ref"] is JsonValue reference; hops++)
        {
            node = reference.GetValue<string>().TrimStart('#', '/').Split('/')
                .Aggregate((JsonNode?)_document, (current, segment) => current?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        }

        return node;
    }

    private List<OpenApiOperation> ReadOperations()
    {
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in _document["paths"]!.AsObject())
        {
            var shared = item!["parameters"] as JsonArray ?? [];
            foreach (var method in _methods)
            {
                if (item[method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = shared.Concat(operation["parameters"] as JsonArray ?? [])
                    .Select(Resolve).OfType<JsonObject>()
                    .Select(p => new OpenApiParameter(
                        p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["description"]?.GetValue<string>() ?? "", Resolve(p["schema"])))
                    .ToList();
                var content = (Resolve(operation["requestBody"]) as JsonObject)?["content"] as JsonObject;
                var body = content?.FirstOrDefault();
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, body?.Key, body?.Value?["schema"]));
            }
        }

        return operations;
    }
}
