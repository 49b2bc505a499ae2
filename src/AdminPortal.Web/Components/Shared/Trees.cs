using MudBlazor;

namespace AdminPortal.Web.Components.Shared;

/// <summary>Builds MudTreeView items from flat rows holding a parent id.</summary>
public static class Trees
{
    public static List<TreeItemData<Guid>> Build<TNode>(IReadOnlyList<TNode> nodes, Func<TNode, Guid> id, Func<TNode, Guid?> parentId, Func<TNode, string> text)
    {
        var known = nodes.Select(id).ToHashSet();
        var byParent = nodes.ToLookup(n => parentId(n) is { } p && known.Contains(p) ? p : (Guid?)null);

        List<TreeItemData<Guid>> Children(Guid? parent) => byParent[parent]
            .Select(n => new TreeItemData<Guid>
            {
                Value = id(n),
                Text = text(n),
                Expanded = true,
                Children = Children(id(n)) is { Count: > 0 } children ? children : null,
            })
            .ToList();

        return Children(null);
    }
}
