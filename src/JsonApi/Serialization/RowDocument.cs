using JsonApi.Queries;

namespace JsonApi.Serialization;

/// <summary>
/// The resources of a document written straight from the projected rows, without resource objects, when no resource can be
/// reached through two different layers of the include tree (every type appears once in it, see
/// <see cref="ProjectionLayer.TypesAppearOnce"/>): each resource is then fully described by the first row that reaches it, which is
/// what <see cref="DocumentBuilder"/> would make of it. Included resources keep the order in which the builder meets them
/// (depth first, in slot order).
/// </summary>
internal sealed class RowDocument
{
    // Each type appears once in the tree, so each layer keeps the ids it has met (boxed ids compare by value).
    private readonly List<(ProjectionLayer Layer, HashSet<object> Ids)> _seen = [];
    private readonly int _expected;

    public RowDocument(ProjectionLayer layer, IReadOnlyList<ResourceRow> rows, LinkBuilder links, int includedPageSize)
    {
        Layer = layer;
        Rows = rows;
        Links = links;
        IncludedPageSize = includedPageSize;
        _expected = rows.Count;
        Included = new(rows.Count * layer.IncludedToOneCount);
        foreach (var row in rows)
        {
            VisitChildren(layer, row);
        }
    }

    public ProjectionLayer Layer { get; }

    public IReadOnlyList<ResourceRow> Rows { get; }

    public LinkBuilder Links { get; }

    public int IncludedPageSize { get; }

    public List<(ProjectionLayer Layer, ResourceRow Row)> Included { get; }

    private void VisitChildren(ProjectionLayer layer, ResourceRow row)
    {
        var slots = layer.Slots;
        for (var index = 0; index < slots.Count; index++)
        {
            var slot = slots[index];
            if (slot.Included is not { } included)
            {
                continue;
            }

            if (slot.Relationship.IsToMany)
            {
                var children = row.Collections?[slot.Position];
                var shown = children is null ? 0 : Math.Min(children.Count, IncludedPageSize);
                for (var child = 0; child < shown; child++)
                {
                    Visit(included, children![child]);
                }
            }
            else if (row.ValueOf(slot) is ResourceRow child)
            {
                Visit(included, child);
            }
        }
    }

    private void Visit(ProjectionLayer layer, ResourceRow row)
    {
        if (SeenBy(layer).Add(row.Id!))
        {
            Included.Add((layer, row));
        }

        VisitChildren(layer, row);
    }

    private HashSet<object> SeenBy(ProjectionLayer layer)
    {
        foreach (var (candidate, ids) in _seen)
        {
            if (ReferenceEquals(candidate, layer))
            {
                return ids;
            }
        }

        var seen = new HashSet<object>(_expected);
        _seen.Add((layer, seen));
        return seen;
    }
}
