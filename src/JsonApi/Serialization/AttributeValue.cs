using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>One member of a resource object's <c>attributes</c>.</summary>
public sealed record AttributeValue(ResourceAttribute Attribute, object? Value);
