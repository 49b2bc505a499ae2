using JsonApi.Graph;

namespace JsonApi.QueryStrings.Expressions;

/// <summary>The tree of <c>include</c> paths below one resource type.</summary>
public sealed class IncludeNode
{
    public Dictionary<ResourceRelationship, IncludeNode> Children { get; } = [];

    public IncludeNode GetOrAdd(ResourceRelationship relationship)
    {
        if (!Children.TryGetValue(relationship, out var child))
        {
            child = new IncludeNode();
            Children[relationship] = child;
        }

        return child;
    }
}
