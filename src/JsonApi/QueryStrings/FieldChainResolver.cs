using JsonApi.Errors;
using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.QueryStrings;

/// <summary>Resolves dotted member paths against the graph, with errors that name the parameter.</summary>
internal static class FieldChainResolver
{
    /// <summary><c>toOne.toOne.attribute</c> where the attribute has <paramref name="capability"/>;
    /// with <paramref name="allowToOneEnd"/> the path may also end in a to-one relationship.</summary>
    public static FieldChain ResolveAttribute(string path, ResourceType type, string parameter, AttributeCapabilities capability, bool allowToOneEnd = false)
    {
        var (hops, last, owner) = ResolveHops(path, type, parameter);
        if (owner.FindAttribute(last) is { } attribute)
        {
            if (!attribute.Can(capability))
            {
                throw new InvalidQueryParameterException(parameter,
                    $"Attribute '{last}' of resource type '{owner.PublicName}' cannot be used for {capability.ToString().ToLowerInvariant()}ing.");
            }

            return new FieldChain(hops, attribute, null);
        }

        if (allowToOneEnd && owner.FindRelationship(last) is { IsToMany: false } toOne)
        {
            return new FieldChain(hops, null, toOne);
        }

        throw new InvalidQueryParameterException(parameter, $"Attribute '{last}' does not exist on resource type '{owner.PublicName}'.");
    }

    /// <summary><c>toOne.toOne.toMany</c>.</summary>
    public static FieldChain ResolveToMany(string path, ResourceType type, string parameter)
    {
        var (hops, last, owner) = ResolveHops(path, type, parameter);
        return owner.FindRelationship(last) is { IsToMany: true } toMany
            ? new FieldChain(hops, null, toMany)
            : throw new InvalidQueryParameterException(parameter, $"To-many relationship '{last}' does not exist on resource type '{owner.PublicName}'.");
    }

    private static (List<ResourceRelationship> Hops, string Last, ResourceType Owner) ResolveHops(string path, ResourceType type, string parameter)
    {
        var segments = path.Split('.');
        var hops = new List<ResourceRelationship>();
        var owner = type;
        foreach (var segment in segments[..^1])
        {
            var hop = owner.FindRelationship(segment);
            if (hop is not { IsToMany: false })
            {
                throw new InvalidQueryParameterException(parameter,
                    $"To-one relationship '{segment}' does not exist on resource type '{owner.PublicName}'.");
            }

            hops.Add(hop);
            owner = hop.RightType;
        }

        if (segments[^1].Length == 0)
        {
            throw new InvalidQueryParameterException(parameter, $"Field path '{path}' is empty or ends with a dot.");
        }

        return (hops, segments[^1], owner);
    }
}
