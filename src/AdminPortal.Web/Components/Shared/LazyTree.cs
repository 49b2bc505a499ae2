namespace AdminPortal.Web.Components.Shared;

/// <summary>One row of a <see cref="TreeList"/>: its children are built only while it is open.</summary>
public sealed record TreeItem(Guid Id, string Text, bool HasChildren, bool Expanded, IReadOnlyList<TreeItem> Children);

/// <summary>What a <see cref="TreeList"/> shows and how it opens a node.</summary>
public interface ITreeSource
{
    IReadOnlyList<TreeItem> Items { get; }

    void Toggle(Guid id);
}

/// <summary>
/// Tree rows from flat rows holding a parent id, built only as far as the tree is open: hundreds of teams or menus render
/// their top level, and a node's children are built when it opens. A small tree opens fully. What is open stays open
/// when the rows are reloaded.
/// </summary>
public sealed class LazyTree<TNode>(Func<TNode, Guid> id, Func<TNode, Guid?> parentId, Func<TNode, string> text) : ITreeSource
{
    /// <summary>Trees up to this many nodes open fully on the first load.</summary>
    public const int OpenAllUpTo = 60;

    private readonly HashSet<Guid> _open = [];
    private Dictionary<Guid, TNode> _byId = [];
    private ILookup<Guid?, TNode> _byParent = Array.Empty<TNode>().ToLookup(_ => (Guid?)null);
    private bool _loaded;

    public IReadOnlyList<TreeItem> Items { get; private set; } = [];

    public void Load(IReadOnlyList<TNode> nodes)
    {
        _byId = nodes.ToDictionary(id);
        _byParent = nodes.ToLookup(n => parentId(n) is { } p && _byId.ContainsKey(p) ? p : (Guid?)null);
        if (!_loaded && nodes.Count <= OpenAllUpTo)
        {
            _open.UnionWith(nodes.Select(id).Where(n => _byParent.Contains(n)));
        }

        _loaded = true;
        Items = Children(null);
    }

    public void Toggle(Guid nodeId)
    {
        if (!_open.Remove(nodeId))
        {
            _open.Add(nodeId);
        }

        Items = Children(null);
    }

    /// <summary>The children of a node as they would show once it is open.</summary>
    public IReadOnlyList<TreeItem> ChildrenOf(Guid nodeId)
    {
        _open.Add(nodeId);
        Items = Children(null);
        return Children(nodeId);
    }

    /// <summary>Opens the ancestors of a node so that it shows.</summary>
    public void Reveal(Guid nodeId)
    {
        var ancestor = _byId.TryGetValue(nodeId, out var node) ? parentId(node) : null;
        while (ancestor is { } a && _byId.TryGetValue(a, out var parent))
        {
            _open.Add(a);
            ancestor = parentId(parent);
        }

        Items = Children(null);
    }

    private List<TreeItem> Children(Guid? parent) => _byParent[parent]
        .Select(n =>
        {
            var nodeId = id(n);
            var hasChildren = _byParent.Contains(nodeId);
            var open = hasChildren && _open.Contains(nodeId);
            return new TreeItem(nodeId, text(n), hasChildren, open, open ? Children(nodeId) : []);
        })
        .ToList();
}
