using JsonApi.Configuration;
using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;
using Microsoft.AspNetCore.Http;

namespace JsonApi.QueryStrings;

/// <summary>Reads every JSON:API query parameter through its own parser; unknown parameters answer 400.</summary>
internal sealed class QueryStringReader(ResourceGraph graph, JsonApiOptions options)
{
    public QuerySpec Read(IQueryCollection query, ResourceType type, QueryEndpointKind kind)
    {
        var fields = new Dictionary<ResourceType, IReadOnlySet<string>>();
        IncludeNode include = new();
        IReadOnlyList<SortElement> sort = [];
        var filters = new List<FilterExpression>();
        var budget = new FilterBudget(options);
        string? pageNumber = null;
        string? pageSize = null;

        foreach (var (key, values) in query)
        {
            var value = values.Count == 1 ? values[0] ?? string.Empty : string.Join(',', values.ToArray());
            if (options.AllowedQueryParameters.Contains(key))
            {
                continue;
            }

            switch (key)
            {
                case IncludeParser.Parameter:
                    Require(kind != QueryEndpointKind.Relationship, key, "relationship endpoints");
                    include = IncludeParser.Parse(value, type, options.MaxIncludeDepth);
                    break;
                case SortParser.Parameter:
                    Require(kind != QueryEndpointKind.Single, key, "single resources");
                    sort = SortParser.Parse(value, type);
                    break;
                case "filter":
                    Require(kind != QueryEndpointKind.Single, key, "single resources");
                    filters.AddRange(values.Select(text => FilterParser.Parse(text ?? string.Empty, type, budget)));
                    break;
                case PaginationParser.NumberParameter:
                    Require(kind != QueryEndpointKind.Single, key, "single resources");
                    pageNumber = value;
                    break;
                case PaginationParser.SizeParameter:
                    Require(kind != QueryEndpointKind.Single, key, "single resources");
                    pageSize = value;
                    break;
                default:
                    if (key.StartsWith("fields[", StringComparison.Ordinal) && key.EndsWith(']'))
                    {
                        Require(kind != QueryEndpointKind.Relationship, key, "relationship endpoints");
                        var (fieldType, members) = FieldsParser.Parse(key, key[7..^1], value, graph);
                        fields[fieldType] = members;
                        break;
                    }

                    throw new UnknownQueryParameterException(key);
            }
        }

        if (sort.Count == 0)
        {
            sort = type.DefaultSortElements;
        }

        var (number, size) = PaginationParser.Parse(pageNumber, pageSize, options);
        return new QuerySpec
        {
            Include = include,
            IncludeRequested = query.ContainsKey(IncludeParser.Parameter) && !options.AllowedQueryParameters.Contains(IncludeParser.Parameter),
            Fields = fields,
            Sort = sort,
            Filter = filters.Count switch
            {
                0 => null,
                1 => filters[0],
                _ => new LogicalFilter(LogicalOperator.And, filters),
            },
            PageNumber = number,
            PageSize = size,
            HasPageParameters = pageNumber is not null || pageSize is not null,
        };
    }

    private static void Require(bool allowed, string parameter, string where)
    {
        if (!allowed)
        {
            throw new InvalidQueryParameterException(parameter, $"The parameter '{parameter}' cannot be used on {where}.");
        }
    }
}
