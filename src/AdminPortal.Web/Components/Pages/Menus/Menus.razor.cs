using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal.Queries;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Menus;

/// <summary>The menu (queue) tree: type, hidden, output message; create, move (cycles refused by the service), delete.</summary>
public sealed partial class Menus
{
    private const string TopLevel = "(top level)";

    private IReadOnlyList<MenuNode> _menus = [];
    private List<TreeItemData<Guid>> _tree = [];
    private Guid? _selectedId;
    private string? _newName;
    private string? _name;
    private MenuType _type;
    private bool _hidden;
    private string? _outputMsg;
    private Guid _parentId;

    private MenuNode? Selected => _menus.FirstOrDefault(m => m.Id == _selectedId);

    protected override Task OnInitializedAsync() => LoadAsync();

    internal static string TypeName(MenuType type) => type switch
    {
        MenuType.MobileMenu => "mobile_menu",
        MenuType.WebMenu => "web_menu",
        _ => "ivr_menu",
    };

    private async Task LoadAsync()
    {
        _menus = await Scope.RunAsync<MenuTree, IReadOnlyList<MenuNode>>(m => m.AllAsync());
        _tree = Trees.Build(_menus, m => m.Id, m => m.ParentId, m => m.Hidden ? $"{m.Name} (hidden)" : m.Name);
        Select(_selectedId ?? Guid.Empty);
    }

    private string? TypeOf(Guid id) => _menus.FirstOrDefault(m => m.Id == id) is { } menu ? TypeName(menu.MenuType) : null;

    private string NameOf(Guid id) => _menus.FirstOrDefault(m => m.Id == id)?.Name ?? "";

    private void Select(Guid id)
    {
        _selectedId = _menus.Any(m => m.Id == id) ? id : null;
        if (Selected is { } menu)
        {
            (_name, _type, _hidden, _outputMsg, _parentId) = (menu.Name, menu.MenuType, menu.Hidden, menu.OutputMsg, menu.ParentId ?? Guid.Empty);
        }
    }

    private async Task CreateAsync()
    {
        var details = new MenuDetails(_newName!.Trim(), MenuType.IvrMenu, false, null);
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.CreateAsync(User.Actor, details, _selectedId)), $"Menu {details.Name} created"))
        {
            _newName = null;
            await LoadAsync();
        }
    }

    private async Task SaveAsync()
    {
        var id = _selectedId!.Value;
        var details = new MenuDetails(_name?.Trim() ?? "", _type, _hidden, string.IsNullOrWhiteSpace(_outputMsg) ? null : _outputMsg);
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.UpdateAsync(User.Actor, id, details)), $"Menu {details.Name} saved"))
        {
            await LoadAsync();
        }
    }

    private async Task MoveAsync()
    {
        var id = _selectedId!.Value;
        Guid? parent = _parentId == Guid.Empty ? null : _parentId;
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.MoveAsync(User.Actor, id, parent)), "Menu moved"))
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync()
    {
        var menu = Selected!;
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.DeleteAsync(User.Actor, menu.Id)), $"Menu {menu.Name} deleted"))
        {
            _selectedId = null;
            await LoadAsync();
        }
    }
}
