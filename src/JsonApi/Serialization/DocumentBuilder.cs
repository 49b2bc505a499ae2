using JsonApi.Graph;
using JsonApi.Queries;

namespace JsonApi.Serialization;

/// <summary>Turns projected rows into resource objects: each resource once (primary data first, then
/// <c>included</c>), relationship linkage merged across include paths.</summary>
internal sealed class DocumentBuilder(LinkBuilder links, int includedPageSize)
{
    private readonly Dictionary<(string Type, string Id), ResourceObject> _resources = [];
    private readonly HashSet<ResourceObject> _primary = [];
    private readonly List<ResourceObject> _included = [];

    public Document Build(ProjectionLayer layer, IReadOnlyList<ResourceRow> rows, bool isCollection, bool identifiersOnly = false)
    {
        var document = new Document { IsCollection = isCollection, IdentifiersOnly = identifiersOnly };
        var primary = new ResourceObject[rows.Count];
        for (var index = 0; index < rows.Count; index++)
        {
            var resource = primary[index] = GetOrCreate(layer, rows[index], out _);
            if (_primary.Add(resource))
            {
                document.Data.Add(resource);
            }
        }

        for (var index = 0; index < rows.Count; index++)
        {
            Fill(layer, rows[index], primary[index]);
        }

        document.Included.AddRange(_included.Where(resource => !_primary.Contains(resource)));
        return document;
    }

    private ResourceIdentifier Visit(ProjectionLayer layer, ResourceRow row)
    {
        var resource = GetOrCreate(layer, row, out var created);
        if (created)
        {
            _included.Add(resource);
        }

        Fill(layer, row, resource);
        return new ResourceIdentifier(resource.Type, resource.Id);
    }

    private ResourceObject GetOrCreate(ProjectionLayer layer, ResourceRow row, out bool created)
    {
        var id = layer.Type.FormatId(row.Id!);
        var key = (layer.Type.PublicName, id);
        created = !_resources.TryGetValue(key, out var resource);
        if (resource is null)
        {
            resource = new ResourceObject(layer.Type.PublicName, id) { SelfLink = links.Resource(layer.Type, id), ResourceType = layer.Type };
            for (var index = 0; index < layer.Attributes.Count; index++)
            {
                resource.Attributes.Add(new AttributeValue(layer.Attributes[index], row.Values[index]));
            }

            _resources[key] = resource;
        }

        return resource;
    }

    private void Fill(ProjectionLayer layer, ResourceRow row, ResourceObject resource)
    {
        for (var index = 0; index < layer.Slots.Count; index++)
        {
            var slot = layer.Slots[index];
            var relationship = slot.Relationship;
            var value = row.ValueOf(slot);
            var target = slot.Shown ? GetRelationship(resource, layer.Type, relationship) : null;
            if (slot.Included is null)
            {
                if (target is not null && !target.HasData)
                {
                    target.HasData = true;
                    target.Single = value is null ? null : new ResourceIdentifier(relationship.RightType.PublicName, relationship.RightType.FormatId(value));
                }

                continue;
            }

            if (relationship.IsToMany)
            {
                // The query reads one row more than a page: its presence says the relationship has more.
                var children = (IReadOnlyList<ResourceRow>?)value ?? [];
                var identifiers = children.Take(includedPageSize).Select(child => Visit(slot.Included, child)).ToList();
                if (target is not null && !target.HasData)
                {
                    target.HasData = true;
                    target.Many = identifiers;
                    target.NextLink = children.Count > includedPageSize ? LinkBuilder.RelationshipPage(target, includedPageSize, 2) : null;
                }
            }
            else
            {
                var identifier = value is ResourceRow child ? Visit(slot.Included, child) : null;
                if (target is not null && !target.HasData)
                {
                    target.HasData = true;
                    target.Single = identifier;
                }
            }
        }

        foreach (var relationship in layer.ShownRelationships)
        {
            GetRelationship(resource, layer.Type, relationship);
        }
    }

    private RelationshipObject GetRelationship(ResourceObject resource, ResourceType type, ResourceRelationship relationship)
    {
        if (!resource.Relationships.TryGetValue(relationship.PublicName, out var target))
        {
            target = new RelationshipObject
            {
                IsToMany = relationship.IsToMany,
                ResourceLink = resource.SelfLink ?? links.Resource(type, resource.Id),
                Relationship = relationship,
            };
            resource.Relationships[relationship.PublicName] = target;
        }

        return target;
    }
}
