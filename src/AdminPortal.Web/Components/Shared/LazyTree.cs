using MudBlazor;

namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// MudTreeView items from flat rows holding a parent id, built only as far as the tree is open: hundreds of teams or
/// menus render their top level, and a node's children are built when it opens (the tree's ServerData). A small tree
/// opens fully. What is open stays open when the rows are reloaded.
/// </summary>
public sealed class LazyTree<TNode>(Func<TNode, Guid> id, Func<TNode, Guid?> parentId, Func<TNode, string> text)
{
    /// <summary>Trees up to this many nodes open fully on the first load.</summary>
    public const int OpenAllUpTo = 60;

    private readonly HashSet<Guid> _open = [];
    private Dictionary<Guid, TNode> _byId = [];
    private ILookup<Guid?, TNode> _byParent = Array.Empty<TNode>().ToLookup(_ => (Guid?)null);
    private bool _loaded;

    public List<TreeItemData<Guid>> Items { get; private set; } = [];

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

    /// <summary>The tree's ServerData: the children of a node being opened.</summary>
    public Task<IReadOnlyCollection<TreeItemData<Guid>>> ChildrenAsync(Guid parent)
    {
        _open.Add(parent);
        return Task.FromResult<IReadOnlyCollection<TreeItemData<Guid>>>(Children(parent));
    }

    public void SetOpen(ITreeItemData<Guid> item, bool open)
    {
        item.Expanded = open;
        if (open)
        {
            _open.Add(item.Value);
        }
        else
        {
            _open.Remove(item.Value);
        }
    }

    /// <summary>Opens the ancestors of a node so that it shows.</summary>
    public void Reveal(Guid nodeId)
    {
        var ancestor = _byId.TryGetValue(nodeId, out var node) ? parentId(node) : null;
        while (ancestor is { } a && _byId.TryGetValue(a, out var parent) && _open.Add(a))
        {
            ancestor = parentId(parent);
        }

        Items = Children(null);
    }

    private List<TreeItemData<Guid>> Children(Guid? parent) => _byParent[parent]
        .Select(n =>
        {
            var nodeId = id(n);
            var hasChildren = _byParent.Contains(nodeId);
            var open = hasChildren && _open.Contains(nodeId);
            return new TreeItemData<Guid>
            {
                Value = nodeId,
                Text = text(n),
                Expandable = hasChildren,
                Expanded = open,
                Children = open ? Children(nodeId) : null,
            };
        })
        .ToList();
}
