using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Menus;

/// <summary>The menu (queue) tree: type, hidden, output message; create, move (cycles refused by the service), delete.</summary>
public sealed partial class Menus
{
    private const string TopLevel = "(top level)";
    private const string NameKey = "name";
    private const string OutputMsgKey = "output_msg";

    private IReadOnlyList<MenuNode> _menus = [];
    private Dictionary<Guid, MenuNode> _byId = [];
    private readonly LazyTree<MenuNode> _tree = new(m => m.Id, m => m.ParentId, m => m.Hidden ? $"{m.Name} (hidden)" : m.Name);
    private Guid? _selectedId;
    private string? _newName;
    private string? _name;
    private MenuType _type;
    private bool _hidden;
    private string? _outputMsg;
    private Choice? _parent;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    private MenuNode? Selected => _selectedId is { } id ? _byId.GetValueOrDefault(id) : null;

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
        _byId = _menus.ToDictionary(m => m.Id);
        _tree.Load(_menus);
        Select(_selectedId ?? Guid.Empty);
    }

    private string? TypeOf(Guid id) => _byId.TryGetValue(id, out var menu) ? TypeName(menu.MenuType) : null;

    private void Select(Guid id)
    {
        _errors = new Dictionary<string, string>();
        _selectedId = _byId.ContainsKey(id) ? id : null;
        if (Selected is { } menu)
        {
            (_name, _type, _hidden, _outputMsg) = (menu.Name, menu.MenuType, menu.Hidden, menu.OutputMsg);
            _parent = menu.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? new Choice(parent.Id, parent.Name) : null;
        }
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
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.UpdateAsync(User.Actor, id, details)), $"Menu {details.Name} saved", errors => _errors = errors))
        {
            await LoadAsync();
        }
    }

    private async Task MoveAsync()
    {
        var id = _selectedId!.Value;
        var parent = _parent?.Id;
        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.MoveAsync(User.Actor, id, parent)), "Menu moved"))
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync()
    {
        var menu = Selected!;
        if (!await ConfirmDeleteAsync(menu.Name))
        {
            return;
        }

        if (await WriteAsync(() => Scope.RunAsync<IMenuService>(s => s.DeleteAsync(User.Actor, menu.Id)), $"Menu {menu.Name} deleted"))
        {
            _selectedId = null;
            await LoadAsync();
        }
    }
}
