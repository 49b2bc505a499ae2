using System.Globalization;
using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Dialects.Manager;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Seed 004's routes, described from <see cref="ManagerApi.Routes"/>: under both prefixes, with the query language of each.</summary>
public static class ManagerOpenApi
{
    public const string Tag = "Manager API (seed 004)";

    public static void AddTo(DialectDocument document)
    {
        document.Tag(Tag, "The manager API at /manager/api/v1 and, as its base URL says, /apps/api/v1. Plain JSON with integer ids; "
            + "errors answer {\"message\": \"...\"}; every request counts against the organisation's rate limit.");
        foreach (var route in ManagerApi.Routes)
        {
            var item = document.Schema(route.Wire, DialectJson.Options);
            foreach (var prefix in ApiPaths.Dialects)
            {
                var operationId = $"{prefix.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]}_{route.Path.Trim('/').Replace('/', '_').Replace("{id}", "one", StringComparison.Ordinal)}";
                var description = route.Aliases.Count == 0 ? route.Description : $"{route.Description} Also at {string.Join(", ", route.Aliases.Select(a => prefix + a))}.".Trim();
                document.Path(prefix + route.Path, "get", Operation(operationId, route.Summary, Tag, Parameters(route), Responses(route, item), description: description));
            }
        }
    }

    public static JsonArray Parameters(ManagerRoute route)
    {
        var parameters = new JsonArray();
        if (route.Path.Contains("{id}", StringComparison.Ordinal))
        {
            parameters.Add(Parameter("id", "path", Schema("integer"), "The record's numeric id."));
        }

        foreach (var parameter in Describe(route.Parameters))
        {
            parameters.Add(parameter);
        }

        return parameters;
    }

    /// <summary>The query parameters an endpoint accepts (<see cref="ManagerParameters"/>), as OpenAPI parameters.</summary>
    public static IEnumerable<JsonObject> Describe(ManagerParameters parameters)
    {
        if (parameters.Paged)
        {
            yield return Parameter("page", "query", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = 1 }, "The page, from 1.");
            yield return Parameter("per", "query", new JsonObject
            {
                ["type"] = "integer",
                ["minimum"] = 1,
                ["maximum"] = ManagerParameters.MaxPer,
                ["default"] = ManagerParameters.DefaultPer,
            }, "Records per page.");
        }

        if (parameters.Sorted && parameters.Fields is { } fields)
        {
            yield return Parameter("sort_column", "query", Enum(fields.Fields.Where(f => f.Sortable).Select(f => f.Name)), $"The field to sort by (default {fields.DefaultOrder}).");
            yield return Parameter("sort_direction", "query", Enum(["ASC", "DESC", "asc", "desc"]), "Ascending (default) or descending.");
        }

        if (parameters.WithDeleted)
        {
            yield return Parameter("with_deleted", "query", Schema("boolean"), "Include deleted records (default false).");
        }

        foreach (var scalar in parameters.Scalars)
        {
            var (type, format) = WireValues.SchemaOf(scalar.Type);
            var schema = scalar.AllowedValues is { } allowed ? Enum(allowed) : Schema(type, format);
            yield return Parameter(scalar.Name, "query", schema, scalar.Description ?? scalar.Name, scalar.Required);
        }

        foreach (var field in parameters.FilterFields())
        {
            var (type, format) = WireValues.SchemaOf(field.ValueType);
            var value = field.AllowedValues is { } allowed ? Enum(allowed) : Schema(type, format);
            var list = Parameter($"{field.Name}[]", "query", ArrayOf(value.DeepClone()),
                $"Records whose {field.Name} is one of these (repeat the parameter{(field.Nullable ? "; null for none" : "")}).");
            list["style"] = "form";
            list["explode"] = true;
            yield return list;
            if (field.Ranged)
            {
                yield return Parameter($"{field.Name}[from]", "query", value.DeepClone(), $"Lower bound of {field.Name}, inclusive.");
                yield return Parameter($"{field.Name}[to]", "query", value.DeepClone(), $"Upper bound of {field.Name}, inclusive.");
            }
        }
    }

    private static JsonObject Responses(ManagerRoute route, JsonObject item)
    {
        var responses = new JsonObject
        {
            ["200"] = route.Shape switch
            {
                ManagerShape.Page => Response("A page of records.", ArrayOf(item), PagingHeaders()),
                ManagerShape.Array => Response("The records.", ArrayOf(item)),
                ManagerShape.ArrayOfOne => Response("An array holding the record.", ArrayOf(item)),
                _ => Response("The record.", item),
            },
        };
        foreach (var (status, response) in DialectOpenApi.ErrorResponses(notFound: route.Shape is ManagerShape.Object or ManagerShape.ArrayOfOne))
        {
            responses[status] = response;
        }

        return responses;
    }

    private static JsonObject PagingHeaders() => new()
    {
        ["X-Total-Count"] = new JsonObject { ["description"] = "Records matching the filters, on every page.", ["schema"] = Schema("integer") },
        ["X-Page"] = new JsonObject { ["description"] = "This page.", ["schema"] = Schema("integer") },
        ["X-Per-Page"] = new JsonObject { ["description"] = "Records per page.", ["schema"] = Schema("integer") },
        ["Link"] = new JsonObject
        {
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"first, prev, next and last pages (RFC 8288), keeping the other parameters."),
            ["schema"] = Schema("string"),
        },
    };
}
