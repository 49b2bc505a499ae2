using Microsoft.EntityFrameworkCore;

namespace JsonApi.Queries;

/// <summary>
/// Reads the included to-many relationships of rows already read: one query per relationship of the include tree (never one
/// per resource), level by level, each returning at most a page (plus one) per parent. Sibling collections never multiply
/// each other's rows, so the cost grows with the rows shown, not with the product of the collections.
/// </summary>
internal sealed class IncludedCollections(DbContext db, QueryComposer composer)
{
    public async Task LoadAsync(ProjectionLayer layer, IReadOnlyList<ResourceRow> rows, CancellationToken cancellationToken)
    {
        var pending = new Queue<(ProjectionLayer Layer, int Slot, List<ResourceRow> Parents)>();
        Collect(layer, rows, pending);
        while (pending.TryDequeue(out var work))
        {
            var slot = work.Layer.Slots[work.Slot];
            var parentType = work.Layer.Type;
            var parentIds = work.Parents.Select(row => row.Id!).Distinct().ToList();
            var ids = Array.CreateInstance(parentType.IdType, parentIds.Count);
            for (var index = 0; index < parentIds.Count; index++)
            {
                ids.SetValue(parentIds[index], index);
            }

            var linked = await composer.FirstPages(db, parentType, slot.Relationship, ids, slot.Included!).ToListAsync(cancellationToken);
            var byParent = linked.GroupBy(item => item.ParentId!).ToDictionary(group => group.Key, group => group.Select(item => item.Row).ToList());
            foreach (var parent in work.Parents)
            {
                parent.Collections ??= new List<ResourceRow>?[work.Layer.CollectionCount];
                parent.Collections[slot.Position] = byParent.GetValueOrDefault(parent.Id!) ?? [];
            }

            Collect(slot.Included!, linked.Select(item => item.Row), pending);
        }
    }

    /// <summary>Queues every to-many slot of <paramref name="layer"/> with its parent rows, and looks through included
    /// to-one rows for to-many slots below them.</summary>
    private static void Collect(ProjectionLayer layer, IEnumerable<ResourceRow> rows, Queue<(ProjectionLayer, int, List<ResourceRow>)> pending)
    {
        if (layer.ToManySlotCount == 0)
        {
            return;
        }

        var parents = rows.ToList();
        if (parents.Count == 0)
        {
            return;
        }

        for (var index = 0; index < layer.Slots.Count; index++)
        {
            var slot = layer.Slots[index];
            if (slot.Relationship.IsToMany)
            {
                pending.Enqueue((layer, index, parents));
            }
            else if (slot.Included is { ToManySlotCount: > 0 } included)
            {
                Collect(included, parents.Select(row => row.ValueOf(slot)).OfType<ResourceRow>(), pending);
            }
        }
    }
}
