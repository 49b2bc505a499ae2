using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Menus;

/// <summary>The menu (queue) tree: create, edit, move (cycles refused by the service), delete; admins only for the writes.</summary>
public sealed partial class Menus
{
    private const string TopLevel = "(top level)";

    private readonly LazyTree<MenuNode> _tree = new(m => m.Id, m => m.ParentId, m => m.Hidden ? $"{m.Name} (hidden)" : m.Name);
    private IReadOnlyList<MenuNode> _menus = [];
    private Dictionary<Guid, MenuNode> _byId = [];
    private Guid? _selectedId;
    private string? _newName;
    private Choice? _parent;

    private MenuNode? Selected => _selectedId is { } id ? _byId.GetValueOrDefault(id) : null;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _menus = await Scope.RunAsync<MenuTree, IReadOnlyList<MenuNode>>(m => m.AllAsync());
        _byId = _menus.ToDictionary(m => m.Id);
        _tree.Load(_menus);
        Select(_selectedId);
    }

    private string? TypeOf(Guid id) => _byId.TryGetValue(id, out var menu) ? DisplayNames.MenuType(menu.MenuType) : null;

    private void Select(Guid? id)
    {
        _selectedId = id is { } wanted && _byId.ContainsKey(wanted) ? wanted : null;
        _parent = Selected?.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? new Choice(parent.Id, parent.Name) : null;
    }

    private void Find(Choice? menu)
    {
        if (menu is not null && _byId.ContainsKey(menu.Id))
        {
            _tree.Reveal(menu.Id);
            Select(menu.Id);
        }
    }

    private async Task CreateAsync()
    {
        var details = new MenuDetails(_newName!.Trim(), MenuType.IvrMenu, false, null);
        var parentId = _selectedId;
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.CreateAsync(User.Actor, details, parentId)), $"Menu {details.Name} created"))
        {
            _newName = null;
            await LoadAsync();
        }
    }

    /// <summary>Moves the selected menu; it stays selected and shows under its new parent.</summary>
    private async Task MoveAsync()
    {
        var id = _selectedId!.Value;
        var parent = _parent?.Id;
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.MoveAsync(User.Actor, id, parent)), "Menu moved"))
        {
            await LoadAsync();
            _tree.Reveal(id);
        }
    }

    /// <summary>Says first what matters: sub-menus (the delete would be refused) and the assignments that stop answering.</summary>
    private async Task DeleteAsync()
    {
        var menu = Selected!;
        var subMenus = _menus.Where(m => m.ParentId == menu.Id).Select(m => m.Name).ToList();
        if (subMenus.Count > 0)
        {
            await ExplainAsync($"{menu.Name} can't be deleted yet",
                $"It still has {DisplayNames.Count(subMenus.Count, "sub-menu")}: {string.Join(", ", subMenus)}. Move or delete them first.");
            return;
        }

        var (agents, teams) = await Scope.RunAsync<MenuTree, (int, int)>(m => m.AssignmentCountsAsync(menu.Id));
        var consequence = agents + teams == 0
            ? "Nobody is assigned to it."
            : $"Its {DisplayNames.Count(agents, "agent assignment")} and {DisplayNames.Count(teams, "team assignment")} stop answering it.";
        if (await ConfirmDeleteAsync(menu.Name, consequence)
            && await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.DeleteAsync(User.Actor, menu.Id)), $"Menu {menu.Name} deleted"))
        {
            _selectedId = null;
            await LoadAsync();
        }
    }
}
