using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.QueryStrings;

/// <summary>Parses <c>include=author,comments.author</c> into a tree of relationships.</summary>
internal static class IncludeParser
{
    public const string Parameter = "include";

    /// <summary>An empty value includes nothing.</summary>
    public static IncludeNode Parse(string value, ResourceType type, int maxDepth)
    {
        var root = new IncludeNode();
        if (value.Trim().Length == 0)
        {
            return root;
        }

        foreach (var path in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (path.Length == 0)
            {
                throw new InvalidQueryParameterException(Parameter, "Relationship name expected.");
            }

            var segments = path.Split('.');
            if (segments.Length > maxDepth)
            {
                throw new InvalidQueryParameterException(Parameter, $"Including '{path}' exceeds the maximum inclusion depth of {maxDepth}.");
            }

            var node = root;
            var owner = type;
            foreach (var segment in segments)
            {
                var relationship = owner.FindRelationship(segment) ?? throw new InvalidQueryParameterException(Parameter,
                    $"Relationship '{segment}' does not exist on resource type '{owner.PublicName}'.");
                node = node.GetOrAdd(relationship);
                owner = relationship.RightType;
            }
        }

        return root;
    }
}
