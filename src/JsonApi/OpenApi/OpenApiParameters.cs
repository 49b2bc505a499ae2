using System.Text.Json.Nodes;
using JsonApi.Configuration;
using JsonApi.Graph;

namespace JsonApi.OpenApi;

/// <summary>The query and header parameters of the JSON:API endpoints, shared through <c>components/parameters</c>.</summary>
internal static class OpenApiParameters
{
    public static void AddTo(OpenApiDocumentBuilder document, ResourceGraph graph, JsonApiOptions options)
    {
        var parameters = new JsonObject
        {
            ["id"] = new JsonObject
            {
                ["name"] = "id",
                ["in"] = "path",
                ["required"] = true,
                ["description"] = "The resource's id.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            },
            ["include"] = Query("include", $"Relationship paths to include, comma-separated, dotted for nesting (at most {options.MaxIncludeDepth} levels)."),
            ["page_number"] = Query("page[number]", "1-based page number.", Integer(1, null, 1)),
            ["page_size"] = Query("page[size]", "Resources per page.", Integer(1, options.MaxPageSize, options.DefaultPageSize)),
            ["if_none_match"] = Header("If-None-Match", "An ETag of an earlier response: answers 304 when the document is unchanged."),
            ["if_match"] = Header("If-Match", "The ETag of the resource (GET without query parameters): answers 412 when it has changed since."),
        };
        foreach (var type in graph.Types)
        {
            var members = type.Attributes.Where(a => a.Can(AttributeCapabilities.View)).Select(a => a.PublicName)
                .Concat(type.Relationships.Select(r => r.PublicName));
            parameters[Fields(type)] = Query($"fields[{type.PublicName}]",
                $"The members of {type.PublicName} resources to return, comma-separated: {string.Join(", ", members)}.");
        }

        foreach (var (name, parameter) in parameters.ToList())
        {
            parameters.Remove(name);
            document.AddParameter(name, parameter!.AsObject());
        }
    }

    public static JsonArray ForSingle(ResourceGraph graph, bool conditional)
    {
        var parameters = Refs(["include", .. graph.Types.Select(Fields)]);
        if (conditional)
        {
            parameters.Add(Ref("if_none_match"));
        }

        return parameters;
    }

    public static JsonArray ForCollection(ResourceGraph graph, ResourceType type)
    {
        var parameters = Refs(["include", .. graph.Types.Select(Fields)]);
        parameters.Add(Query("sort", "Comma-separated keys, '-' for descending, to-one paths with dots, count(toMany). "
            + $"Sortable: {Names(type, AttributeCapabilities.Sort)}."));
        parameters.Add(Query("filter", "Functions equals, lessThan, lessOrEqual, greaterThan, greaterOrEqual, contains, startsWith, endsWith, "
            + $"any, has, count, not, and, or; literals in single quotes ('' for a quote), null. Filterable: {Names(type, AttributeCapabilities.Filter)}."));
        foreach (var name in new[] { "page_number", "page_size", "if_none_match" })
        {
            parameters.Add(Ref(name));
        }

        return parameters;
    }

    public static JsonArray Refs(params IEnumerable<string> names) => [.. names.Select(Ref)];

    public static JsonNode Ref(string name) => new JsonObject { ["$ref"] = $"#/components/parameters/{name}" };

    private static string Fields(ResourceType type) => $"fields_{type.PublicName}";

    private static string Names(ResourceType type, AttributeCapabilities capability) =>
        string.Join(", ", type.Attributes.Where(a => a.Can(capability)).Select(a => a.PublicName).Prepend("id"));

    private static JsonObject Query(string name, string description, JsonObject? schema = null) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["required"] = false,
        ["description"] = description,
        ["schema"] = schema ?? new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Header(string name, string description) => new()
    {
        ["name"] = name,
        ["in"] = "header",
        ["required"] = false,
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Integer(int minimum, int? maximum, int @default)
    {
        var schema = new JsonObject { ["type"] = "integer", ["minimum"] = minimum, ["default"] = @default };
        if (maximum is not null)
        {
            schema["maximum"] = maximum;
        }

        return schema;
    }
}
