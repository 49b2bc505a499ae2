using JsonApi.Graph;

namespace JsonApi.Definitions;

/// <summary>What is about to happen: the operation, the resource type, the id (when there is one) and the relationship (when one is named).</summary>
public sealed record ResourceOperationContext(
    ResourceOperation Operation,
    ResourceType ResourceType,
    object? Id = null,
    ResourceRelationship? Relationship = null,
    ResourceWrite? Write = null);
