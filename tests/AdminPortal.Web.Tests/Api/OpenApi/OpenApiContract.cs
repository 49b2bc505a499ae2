extern alias JsonSchemaNet;

using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonSchemaNet::Json.Schema;

namespace AdminPortal.Web.Tests.Api.OpenApi;

/// <summary>
/// The OpenAPI document as a contract for real responses: the status must be one the operation documents, the media type one of
/// that response's content, and the body valid against its JSON Schema (JSON Schema 2020-12, formats checked), with the document's
/// component schemas as <c>$defs</c>.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly Dictionary<string, JsonSchema> _schemas = [];

    public OpenApiContract(JsonObject document)
    {
        _document = document;
        _definitions = Relocated(document["components"]?["schemas"]?.DeepClone() ?? new JsonObject()).AsObject();
        Operations = [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(entry => Methods.Contains(entry.Key))
            .Select(entry => new ContractOperation(path.Key, entry.Key, entry.Value!["operationId"]!.GetValue<string>(), entry.Value!.AsObject())))];
    }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>An operation by its <c>operationId</c>, or by <c>"METHOD /path"</c> (whatever id its contributor gave it).</summary>
    public ContractOperation Operation(string operation)
    {
        var (method, path) = operation.Contains(' ', StringComparison.Ordinal) ? (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]) : (null, null);
        return Operations.SingleOrDefault(candidate => method is null ? candidate.OperationId == operation : candidate.Method == method && candidate.Path == path)
            ?? throw new ShouldAssertException($"The OpenAPI document has no operation '{operation}'.");
    }

    /// <summary>What is wrong with this answer to <paramref name="operation"/>, if anything.</summary>
    public IEnumerable<string> Check(ContractOperation operation, int status, MediaTypeHeaderValue? contentType, string body)
    {
        var where = $"{operation.Method.ToUpperInvariant()} {operation.Path} ({operation.OperationId}) answered {status}";
        if (operation.Body["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not { } documented)
        {
            yield return $"{where}, a status it does not document: {Shorten(body)}";
            yield break;
        }

        var response = Resolve(documented);
        if (response["content"] is not JsonObject content)
        {
            if (body.Length > 0)
            {
                yield return $"{where} with a body its documentation does not have: {Shorten(body)}";
            }

            yield break;
        }

        var mediaType = contentType?.MediaType ?? "(none)";
        var media = content.FirstOrDefault(entry => MediaTypeHeaderValue.Parse(entry.Key).MediaType!.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Value;
        if (media is null)
        {
            yield return $"{where} as {mediaType}, documented as {string.Join(" or ", content.Select(entry => entry.Key))}";
            yield break;
        }

        if (media["schema"] is not { } schema)
        {
            yield break;
        }

        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException exception)
        {
            instance = default;
            body = exception.Message;
        }

        if (instance.ValueKind == JsonValueKind.Undefined)
        {
            yield return $"{where} with a body that is not JSON: {body}";
            yield break;
        }

        var result = SchemaFor(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value} ({detail.EvaluationPath})"))
                .Distinct().Take(8);
            yield return $"{where} with a body its schema refuses:\n    {string.Join("\n    ", errors)}\n    body: {Shorten(body)}";
        }
    }

    /// <summary>A request made of the documented examples: of every parameter (required or not) and of the body; null when one is missing.</summary>
    public DocumentedExample? ExampleOf(ContractOperation operation)
    {
        var parameters = (_document["paths"]![operation.Path]!["parameters"]?.AsArray() ?? [])
            .Concat(operation.Body["parameters"]?.AsArray() ?? []).OfType<JsonNode>().Select(Resolve).ToList();
        var values = new Dictionary<string, string>();
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var example = parameter["example"] ?? parameter["schema"]?["example"];
            if (example is null)
            {
                if (parameter["required"]?.GetValue<bool>() == true)
                {
                    return null;
                }

                continue;
            }

            var text = example is JsonValue value && value.TryGetValue<string>(out var s) ? s : example.ToJsonString();
            if (parameter["in"]!.GetValue<string>() == "path")
            {
                values[name] = text;
            }
            else if (parameter["in"]!.GetValue<string>() == "query")
            {
                query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(text)}");
            }
        }

        JsonNode? body = null;
        if (operation.Body["requestBody"] is { } requestBody)
        {
            var media = Resolve(requestBody)["content"]?.AsObject().FirstOrDefault().Value;
            body = media?["example"]?.DeepClone() ?? media?["examples"]?.AsObject().FirstOrDefault().Value?["value"]?.DeepClone();
            if (body is null && Resolve(requestBody)["required"]?.GetValue<bool>() == true)
            {
                return null;
            }
        }

        return new DocumentedExample(values, query.Count > 0 ? "?" + string.Join('&', query) : "", body);
    }

    private JsonNode Resolve(JsonNode node)
    {
        while (node["$ref"] is JsonValue reference)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            node = path.Aggregate((JsonNode?)_document, (current, segment) => current?[segment.Replace("~1", "/").Replace("~0", "~")])
                ?? throw new InvalidOperationException($"Unresolved {reference}.");
        }

        return node;
    }

    private JsonSchema SchemaFor(JsonNode schema)
    {
        var key = schema.ToJsonString();
        if (!_schemas.TryGetValue(key, out var built))
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = _definitions.DeepClone(),
                ["allOf"] = new JsonArray(Relocated(schema.DeepClone())),
            };
            built = JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
                new Uri($"https://contract.adminportal.test/schemas/{_schemas.Count}"));
            _schemas[key] = built;
        }

        return built;
    }

    /// <summary><c>#/components/schemas/X</c> becomes <c>#/$defs/X</c>.</summary>
    private static JsonNode Relocated(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/$defs/" + reference.GetValue<string>()["#/components/schemas/".Length..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Relocated(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Relocated(child);
                }

                break;
        }

        return node;
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}

/// <summary>A request built from an operation's documented examples.</summary>
public sealed record DocumentedExample(IReadOnlyDictionary<string, string> PathValues, string Query, JsonNode? Body);

/// <summary>One operation of the document.</summary>
public sealed record ContractOperation(string Path, string Method, string OperationId, JsonObject Body)
{
    public IEnumerable<string> DocumentedStatuses => Body["responses"]!.AsObject().Select(entry => entry.Key);
}
