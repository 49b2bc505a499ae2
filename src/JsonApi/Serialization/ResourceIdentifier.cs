using JsonApi.Graph;

namespace JsonApi.Serialization;

/// <summary>A resource identifier object, <c>{"type": "...", "id": "..."}</c>, with the id as read (formatted when written).</summary>
internal readonly record struct ResourceIdentifier(ResourceType Type, object Id);
