using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApi.Graph;

/// <summary>Checks at start-up that every attribute and relationship of the graph is mapped by the EF Core model,
/// so a misconfiguration fails fast instead of answering 500 at the first request.</summary>
internal static class ResourceGraphValidator
{
    public static void Validate(ResourceGraph graph, IModel model)
    {
        var problems = new List<string>();
        foreach (var type in graph.Types)
        {
            var entity = model.FindEntityType(type.ClrType);
            if (entity is null)
            {
                problems.Add($"'{type.ClrType.Name}' (resource type '{type.PublicName}') is not an entity type of the DbContext.");
                continue;
            }

            if (entity.FindProperty(type.IdProperty.Name) is null)
            {
                problems.Add($"Id property '{type.ClrType.Name}.{type.IdProperty.Name}' is not mapped.");
            }

            foreach (var attribute in type.Attributes.Where(a => a.Property is not null && entity.FindProperty(a.Property.Name) is null))
            {
                problems.Add($"Attribute '{type.PublicName}.{attribute.PublicName}' uses unmapped property '{attribute.Property!.Name}'; use Computed(...) with a translatable expression.");
            }

            foreach (var relationship in type.Relationships.Where(r =>
                entity.FindNavigation(r.Property.Name) is null && entity.FindSkipNavigation(r.Property.Name) is null))
            {
                problems.Add($"Relationship '{type.PublicName}.{relationship.PublicName}' uses '{relationship.Property.Name}', which is not a navigation of the model.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The JSON:API resource graph does not match the EF Core model:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }
}
