using JsonApi.Errors;
using JsonApi.Graph;

namespace JsonApi.QueryStrings;

/// <summary>Parses <c>fields[Article]=title,author</c>.</summary>
internal static class FieldsParser
{
    public static (ResourceType Type, IReadOnlySet<string> Members) Parse(string parameter, string typeName, string value, ResourceGraph graph)
    {
        var type = graph.FindByName(typeName)
            ?? throw new InvalidQueryParameterException(parameter, $"Resource type '{typeName}' does not exist.");
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (member == "id")
            {
                continue;
            }

            var known = type.FindAttribute(member) is { } attribute ? attribute.Can(AttributeCapabilities.View) : type.FindRelationship(member) is not null;
            if (!known)
            {
                throw new InvalidQueryParameterException(parameter, $"Field '{member}' does not exist on resource type '{type.PublicName}'.");
            }

            members.Add(member);
        }

        return (type, members);
    }
}
