using System.Text.Json.Nodes;
using AdminPortal.Web.Api.Dialects.Manager;
using AdminPortal.Web.Api.Dialects.Manager.Query;
using JsonApi.OpenApi;
using static AdminPortal.Web.Api.Dialects.OpenApi.OpenApiNodes;

namespace AdminPortal.Web.Api.Dialects.OpenApi;

/// <summary>Seed 004's routes in the OpenAPI document, described from <see cref="ManagerApi.Routes"/>: under both prefixes, with the query language of each.</summary>
public sealed class ManagerOpenApi : IOpenApiContributor
{
    public const string Tag = "Manager API (seed 004)";

    public void Contribute(OpenApiDocumentBuilder document)
    {
        DialectErrorResponses.AddTo(document);
        document.AddTag(Tag, "The manager API at /manager/api/v1 and, as its base URL says, /apps/api/v1: plain JSON with integer ids, errors as "
            + "{\"message\": \"...\"}. Admins, supervisors and organisation credentials (Basic subdomain:secret).");
        foreach (var route in ManagerApi.Routes)
        {
            AddSchemaOf(document, route.Wire);
            foreach (var prefix in ApiPaths.Dialects)
            {
                var dialect = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
                var aliases = route.Aliases.Count == 0 ? "" : $" Also at {string.Join(", ", route.Aliases.Select(a => prefix + a))}.";
                document.AddOperation(prefix + route.Path, "get", Operation(
                    dialect + route.Name, route.Summary, Tag, Parameters(route), Responses(route), description: ((route.Description ?? "") + aliases).Trim()));
            }
        }
    }

    /// <summary>The query parameters an endpoint accepts (<see cref="ManagerParameters"/>), as OpenAPI parameters; an endpoint of another resource may use it too.</summary>
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
            yield return Parameter(scalar.Name, "query", scalar.AllowedValues is { } allowed ? Enum(allowed) : Schema(type, format), scalar.Description ?? scalar.Name, scalar.Required,
                Example(scalar));
        }

        foreach (var field in parameters.FilterFields())
        {
            var (type, format) = WireValues.SchemaOf(field.ValueType);
            var value = field.AllowedValues is { } allowed ? Enum(allowed) : Schema(type, format);
            yield return Parameter($"{field.Name}[]", "query", ArrayOf(value),
                $"Records whose {field.Name} is one of these (repeat the parameter{(field.Nullable ? "; null for none" : "")}).");
            if (field.Ranged)
            {
                yield return Parameter($"{field.Name}[from]", "query", value, $"Lower bound of {field.Name}, inclusive.");
                yield return Parameter($"{field.Name}[to]", "query", value, $"Upper bound of {field.Name}, inclusive.");
            }
        }
    }

    /// <summary>A scalar's example as the value its schema describes (15, not "15").</summary>
    private static JsonNode? Example(ScalarParameter scalar) =>
        scalar.Example is { } text && WireValues.TryParse(scalar.Type, text, scalar.AllowedValues, out var value)
            ? System.Text.Json.JsonSerializer.SerializeToNode(value, DialectJson.Options)
            : null;

    /// <summary>The wire record's schema, exported as the endpoint writes it (<see cref="DialectJson.Options"/>), under its type's name.</summary>
    private static void AddSchemaOf(OpenApiDocumentBuilder document, Type wire) =>
        typeof(OpenApiDocumentBuilder).GetMethod(nameof(OpenApiDocumentBuilder.AddSchemaOf))!.MakeGenericMethod(wire)
            .Invoke(document, [wire.Name, DialectJson.Options, OpenApiSchemaUse.Response]);

    private static JsonArray Parameters(ManagerRoute route)
    {
        var parameters = new JsonArray();
        if (route.Path.Contains("{id}", StringComparison.Ordinal))
        {
            parameters.Add(Parameter("id", "path", Schema("integer"), "The record's numeric id.", example: route.ExampleId));
        }

        foreach (var parameter in Describe(route.Parameters))
        {
            parameters.Add(parameter);
        }

        return parameters;
    }

    private static JsonObject Responses(ManagerRoute route)
    {
        var item = OpenApiDocumentBuilder.SchemaRef(route.Wire.Name);
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
        DialectErrorResponses.AddRefusals(responses, notFound: route.Shape is ManagerShape.Object or ManagerShape.ArrayOfOne);
        return responses;
    }

    private static JsonObject PagingHeaders() => new()
    {
        ["X-Total-Count"] = new JsonObject { ["description"] = "Records matching the filters, on every page.", ["schema"] = Schema("integer") },
        ["X-Page"] = new JsonObject { ["description"] = "This page.", ["schema"] = Schema("integer") },
        ["X-Per-Page"] = new JsonObject { ["description"] = "Records per page.", ["schema"] = Schema("integer") },
        ["Link"] = new JsonObject { ["description"] = "The first, prev, next and last pages (RFC 8288), keeping the other parameters.", ["schema"] = Schema("string") },
    };
}
