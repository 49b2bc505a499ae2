using JsonApi.Graph;
using JsonApi.QueryStrings.Expressions;

namespace JsonApi.Queries;

/// <summary>What to read and show for one resource type at one place of the include tree.</summary>
internal sealed class ProjectionLayer
{
    private bool? _typesAppearOnce;

    private ProjectionLayer(ResourceType type, IReadOnlyList<ResourceAttribute> attributes, IReadOnlyList<ResourceRelationship> shownRelationships, IReadOnlyList<RelatedSlot> slots)
    {
        Type = type;
        Attributes = attributes;
        ShownRelationships = shownRelationships;
        Slots = slots;
        CollectionCount = slots.Count(slot => slot.Relationship.IsToMany);
        var written = new List<(ResourceRelationship, RelatedSlot?)>(shownRelationships.Count);
        foreach (var slot in slots)
        {
            if (slot.Shown)
            {
                written.Add((slot.Relationship, slot));
            }
        }

        foreach (var relationship in shownRelationships)
        {
            if (!written.Exists(item => item.Item1 == relationship))
            {
                written.Add((relationship, null));
            }
        }

        WrittenRelationships = written;
        IncludedToOneCount = slots.Sum(slot => slot.Included is { } included && !slot.Relationship.IsToMany ? 1 + included.IncludedToOneCount : 0);
        ToManySlotCount = CollectionCount + slots.Sum(slot => slot.Included?.ToManySlotCount ?? 0);
    }

    public ResourceType Type { get; }

    /// <summary>Attributes selected in SQL, in the order of <see cref="ResourceRow.Values"/>.</summary>
    public IReadOnlyList<ResourceAttribute> Attributes { get; }

    /// <summary>Relationships written in the <c>relationships</c> object.</summary>
    public IReadOnlyList<ResourceRelationship> ShownRelationships { get; }

    /// <summary>Related data: to-one slots selected in SQL after the attributes in <see cref="ResourceRow.Values"/>, to-many slots read into
    /// <see cref="ResourceRow.Collections"/>.</summary>
    public IReadOnlyList<RelatedSlot> Slots { get; }

    /// <summary>Some relationship of this layer is included.</summary>
    public bool HasIncludes => Slots.Any(slot => slot.Included is not null);

    /// <summary>Included to-many relationships at this layer (the length of <see cref="ResourceRow.Collections"/>).</summary>
    public int CollectionCount { get; }

    /// <summary>The <c>relationships</c> of a resource read by this layer alone, in the order they are written: the shown slots, then
    /// the other shown relationships (links only).</summary>
    public IReadOnlyList<(ResourceRelationship Relationship, RelatedSlot? Slot)> WrittenRelationships { get; }

    /// <summary>No resource type appears twice in the tree below and including this layer, so no resource can be reached by two
    /// different layers.</summary>
    public bool TypesAppearOnce => _typesAppearOnce ??= AddTypesOfTree(new HashSet<ResourceType>());

    /// <summary>Included to-one relationships at this layer and below them: how many resources a row can bring at most.</summary>
    public int IncludedToOneCount { get; }

    /// <summary>Included to-many relationships at this layer and below.</summary>
    public int ToManySlotCount { get; }

    /// <summary>Adds the types of the tree to <paramref name="types"/>; false when one was there already.</summary>
    private bool AddTypesOfTree(HashSet<ResourceType> types)
    {
        if (!types.Add(Type))
        {
            return false;
        }

        foreach (var slot in Slots)
        {
            if (slot.Included is { } included && !included.AddTypesOfTree(types))
            {
                return false;
            }
        }

        return true;
    }

    public static ProjectionLayer Build(ResourceType type, IncludeNode include, IReadOnlyDictionary<ResourceType, IReadOnlySet<string>> fields)
    {
        var requested = fields.GetValueOrDefault(type);
        bool IsRequested(string name) => requested is null || requested.Contains(name);

        var attributes = type.Attributes.Where(a => a.Can(AttributeCapabilities.View) && IsRequested(a.PublicName)).ToList();
        var shown = type.Relationships.Where(r => IsRequested(r.PublicName)).ToList();
        var slots = new List<RelatedSlot>();
        var (toOne, toMany) = (attributes.Count, 0);
        foreach (var relationship in type.Relationships)
        {
            var isShown = shown.Contains(relationship);
            var position = relationship.IsToMany ? toMany : toOne;
            if (include.Children.TryGetValue(relationship, out var child))
            {
                slots.Add(new RelatedSlot(relationship, Build(relationship.RightType, child, fields), isShown, position));
            }
            else if (isShown && !relationship.IsToMany)
            {
                slots.Add(new RelatedSlot(relationship, null, true, position));
            }
            else
            {
                continue;
            }

            _ = relationship.IsToMany ? toMany++ : toOne++;
        }

        return new ProjectionLayer(type, attributes, shown, slots);
    }

    /// <summary>Only ids: relationship endpoints.</summary>
    public static ProjectionLayer IdentifiersOnly(ResourceType type) => new(type, [], [], []);
}
