using JsonApi.Graph;
using JsonApi.Queries;

namespace JsonApi.Serialization;

/// <summary>Turns projected rows into resource objects: each resource once (primary data first, then
/// <c>included</c>), relationship linkage merged across include paths. Ids stay as read and links are composed only when
/// written.</summary>
internal sealed class DocumentBuilder(LinkBuilder links, int includedPageSize)
{
    private readonly List<ResourceObject> _included = [];
    private Dictionary<(ResourceType Type, object Id), ResourceObject> _resources = null!;

    public Document Build(ProjectionLayer layer, IReadOnlyList<ResourceRow> rows, bool isCollection, bool identifiersOnly = false)
    {
        _resources = new(rows.Count * (1 + layer.IncludedToOneCount));
        var document = new Document { IsCollection = isCollection, IdentifiersOnly = identifiersOnly };
        document.Data.Capacity = rows.Count;
        var primary = new ResourceObject[rows.Count];
        for (var index = 0; index < rows.Count; index++)
        {
            var resource = primary[index] = GetOrCreate(layer, rows[index], out _);
            if (!resource.IsPrimary)
            {
                resource.IsPrimary = true;
                document.Data.Add(resource);
            }
        }

        for (var index = 0; index < rows.Count; index++)
        {
            Fill(layer, rows[index], primary[index]);
        }

        foreach (var resource in _included)
        {
            if (!resource.IsPrimary)
            {
                document.Included.Add(resource);
            }
        }

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
        return new ResourceIdentifier(resource.ResourceType, resource.RawId);
    }

    private ResourceObject GetOrCreate(ProjectionLayer layer, ResourceRow row, out bool created)
    {
        var key = (layer.Type, row.Id!);
        created = !_resources.TryGetValue(key, out var resource);
        if (resource is null)
        {
            resource = new ResourceObject(layer.Type, row.Id!, layer.Attributes, row.Values, links.For(layer.Type), layer.ShownRelationships.Count);
            _resources[key] = resource;
        }

        return resource;
    }

    private void Fill(ProjectionLayer layer, ResourceRow row, ResourceObject resource)
    {
        var slots = layer.Slots;
        for (var slotIndex = 0; slotIndex < slots.Count; slotIndex++)
        {
            var slot = slots[slotIndex];
            var relationship = slot.Relationship;
            var value = row.ValueOf(slot);
            var target = slot.Shown ? GetRelationship(resource, relationship) : null;
            if (slot.Included is null)
            {
                if (target is { HasData: false })
                {
                    target.HasData = true;
                    target.Single = value is null ? null : new ResourceIdentifier(relationship.RightType, value);
                }

                continue;
            }

            if (relationship.IsToMany)
            {
                // The query reads one row more than a page: its presence says the relationship has more.
                var children = (IReadOnlyList<ResourceRow>?)value ?? [];
                var shown = Math.Min(children.Count, includedPageSize);
                var identifiers = new List<ResourceIdentifier>(shown);
                for (var index = 0; index < shown; index++)
                {
                    identifiers.Add(Visit(slot.Included, children[index]));
                }

                if (target is { HasData: false })
                {
                    target.HasData = true;
                    target.Many = identifiers;
                    target.NextLink = children.Count > includedPageSize
                        ? links.RelationshipPage(resource.ResourceType, resource.Id, relationship, includedPageSize, 2)
                        : null;
                }
            }
            else
            {
                ResourceIdentifier? identifier = value is ResourceRow child ? Visit(slot.Included, child) : null;
                if (target is { HasData: false })
                {
                    target.HasData = true;
                    target.Single = identifier;
                }
            }
        }

        var shownRelationships = layer.ShownRelationships;
        for (var index = 0; index < shownRelationships.Count; index++)
        {
            GetRelationship(resource, shownRelationships[index]);
        }
    }

    private static RelationshipObject GetRelationship(ResourceObject resource, ResourceRelationship relationship)
    {
        return resource.FindRelationship(relationship) ?? resource.AddRelationship(new RelationshipObject(relationship));
    }
}
