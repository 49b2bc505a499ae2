namespace JsonApi.Graph;

/// <summary>All resource types, built once at start-up.</summary>
public sealed class ResourceGraph
{
    private readonly Dictionary<string, ResourceType> _byName;
    private readonly Dictionary<string, ResourceType> _byRoute;
    private readonly Dictionary<Type, ResourceType> _byClrType;

    internal ResourceGraph(IReadOnlyList<ResourceType> types)
    {
        Types = types;
        _byName = types.ToDictionary(type => type.PublicName, StringComparer.Ordinal);
        _byRoute = types.ToDictionary(type => type.Route, StringComparer.Ordinal);
        _byClrType = types.ToDictionary(type => type.ClrType);
    }

    public IReadOnlyList<ResourceType> Types { get; }

    public ResourceType? FindByName(string publicName) => _byName.GetValueOrDefault(publicName);

    public ResourceType? FindByRoute(string route) => _byRoute.GetValueOrDefault(route);

    public ResourceType? FindByClrType(Type clrType) => _byClrType.GetValueOrDefault(clrType);

    public ResourceType GetByClrType(Type clrType) => FindByClrType(clrType)
        ?? throw new InvalidOperationException($"Type '{clrType.Name}' is not a resource type of the graph.");
}
