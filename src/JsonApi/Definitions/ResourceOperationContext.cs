using JsonApi.Graph;

namespace JsonApi.Definitions;

/// <summary>What is about to happen: the operation, the resource type, the id (when there is one), the relationship
/// (when one is named) and, for writes, the members the request targets.</summary>
public sealed record ResourceOperationContext(
    ResourceOperation Operation,
    ResourceType ResourceType,
    object? Id = null,
    ResourceRelationship? Relationship = null,
    TargetedMembers? Members = null);
