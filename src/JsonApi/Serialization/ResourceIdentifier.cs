namespace JsonApi.Serialization;

/// <summary>A resource identifier object: <c>{"type": "...", "id": "..."}</c>.</summary>
public sealed record ResourceIdentifier(string Type, string Id);
