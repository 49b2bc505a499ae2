namespace AdminPortal.Domain.Listings;

/// <summary>Rows with a numeric id and a parent's numeric id, nested: children in the given order, rows whose parent is not among them at the root.</summary>
internal static class TreeShape
{
    public static IReadOnlyList<TNode> Build<TRow, TNode>(
        IReadOnlyList<TRow> rows, Func<TRow, long> id, Func<TRow, long?> parentId, Func<TRow, IReadOnlyList<TNode>, TNode> node)
    {
        var ids = rows.Select(id).ToHashSet();
        var children = rows.Where(r => parentId(r) is { } parent && ids.Contains(parent)).ToLookup(r => parentId(r)!.Value);
        var visiting = new HashSet<long>();

        IReadOnlyList<TNode> Nodes(IEnumerable<TRow> level) =>
            [.. level.Where(r => visiting.Add(id(r))).Select(r => node(r, Nodes(children[id(r)])))];

        return Nodes(rows.Where(r => parentId(r) is not { } parent || !ids.Contains(parent)));
    }

    /// <summary>The ids of <paramref name="matching"/> and of all their ancestors, so a filtered tree keeps its paths.</summary>
    public static HashSet<long> WithAncestors(IEnumerable<long> matching, IReadOnlyDictionary<long, long?> parents)
    {
        var kept = new HashSet<long>();
        foreach (var start in matching)
        {
            for (long? current = start; current is { } id && parents.ContainsKey(id) && kept.Add(id); current = parents[id])
            {
            }
        }

        return kept;
    }
}
