namespace JsonApi.Queries;

/// <summary>What one SQL projection yields for a resource: its id, the selected attribute values and, per
/// related slot, a to-one id, an included to-one row or a list of included rows.</summary>
public sealed class ResourceRow
{
    public object? Id { get; set; }

    public object?[] Values { get; set; } = [];

    public object?[] Related { get; set; } = [];
}
