using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.QueryStrings;

/// <summary>Parses <c>sort=-created_at,author.name,count(comments)</c>.</summary>
internal static class SortParser
{
    public const string Parameter = "sort";

    public static IReadOnlyList<SortElement> Parse(string value, ResourceType type)
    {
        var elements = new List<SortElement>();
        foreach (var raw in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var ascending = !raw.StartsWith('-');
            var key = ascending ? raw : raw[1..];
            if (key.Length == 0)
            {
                throw new InvalidQueryParameterException(Parameter, "Sort field expected.");
            }

            FilterTerm term = key.StartsWith("count(", StringComparison.Ordinal) && key.EndsWith(')')
                ? new CountTerm(FieldChainResolver.ResolveToMany(key[6..^1], type, Parameter))
                : new FieldTerm(FieldChainResolver.ResolveAttribute(key, type, Parameter, AttributeCapabilities.Sort));
            elements.Add(new SortElement(term, ascending));
        }

        return elements;
    }
}
