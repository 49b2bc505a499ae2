using AdminPortal.Domain.Teams;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Teams;

/// <summary>The team tree: create, rename, move (the service refuses cycles), delete, members.</summary>
public sealed partial class Teams
{
    private const string TopLevel = "(top level)";
    private const string NameKey = "name";

    private IReadOnlyList<TeamNode> _teams = [];
    private Dictionary<Guid, TeamNode> _byId = [];
    private readonly LazyTree<TeamNode> _tree = new(t => t.Id, t => t.ParentId, t => t.Name);
    private Guid? _selectedId;
    private Page<TeamMember> _members = new([], 0);
    private string? _newName;
    private string? _rename;
    private Choice? _parent;
    private Choice? _newMember;
    private string? _nameError;

    private TeamNode? Selected => _selectedId is { } id ? _byId.GetValueOrDefault(id) : null;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _teams = await Scope.RunAsync<TeamTree, IReadOnlyList<TeamNode>>(t => t.AllAsync());
        _byId = _teams.ToDictionary(t => t.Id);
        _tree.Load(_teams);
        if (Selected is null)
        {
            _selectedId = null;
        }
    }

    private string? CountOf(Guid id) => _byId.TryGetValue(id, out var team) ? team.AgentsCount.ToString() : null;

    private async Task SelectAsync(Guid id)
    {
        _selectedId = id == Guid.Empty ? null : id;
        _nameError = null;
        _rename = Selected?.Name;
        _parent = Selected?.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? new Choice(parent.Id, parent.Name) : null;
        await LoadMembersAsync();
    }

    private async Task LoadMembersAsync() =>
        _members = _selectedId is { } id ? await Scope.RunAsync<TeamTree, Page<TeamMember>>(t => t.MembersAsync(id)) : new([], 0);

    private async Task FindAsync(Choice? team)
    {
        if (team is not null && _byId.ContainsKey(team.Id))
        {
            _tree.Reveal(team.Id);
            await SelectAsync(team.Id);
        }
    }

    private async Task CreateAsync()
    {
        var name = _newName!.Trim();
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.CreateAsync(User.Actor, name, _selectedId)), $"Team {name} created"))
        {
            _newName = null;
            await LoadAsync();
        }
    }

    private async Task RenameAsync()
    {
        var id = _selectedId!.Value;
        var name = _rename?.Trim() ?? "";
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.RenameAsync(User.Actor, id, name)), $"Team renamed to {name}", errors => _nameError = errors.GetValueOrDefault(NameKey) ?? errors.Values.FirstOrDefault()))
        {
            await LoadAsync();
        }
    }

    private async Task MoveAsync()
    {
        var id = _selectedId!.Value;
        var parent = _parent?.Id;
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.MoveAsync(User.Actor, id, parent)), "Team moved"))
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync()
    {
        var team = Selected!;
        if (!await ConfirmDeleteAsync(team.Name, $"Its {team.AgentsCount} member(s) stay in the organisation; the team no longer answers its menus."))
        {
            return;
        }

        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.DeleteAsync(User.Actor, team.Id)), $"Team {team.Name} deleted"))
        {
            _selectedId = null;
            await LoadAsync();
        }
    }

    private async Task AddMemberAsync()
    {
        var (teamId, agent) = (_selectedId!.Value, _newMember!);
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.AddMembersAsync(User.Actor, teamId, [agent.Id])), "Member added"))
        {
            _newMember = null;
            await LoadAsync();
            await LoadMembersAsync();
        }
    }

    private async Task RemoveMemberAsync(TeamMember member)
    {
        var teamId = _selectedId!.Value;
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.RemoveMemberAsync(User.Actor, teamId, member.Id)), $"{member.Name} removed"))
        {
            await LoadAsync();
            await LoadMembersAsync();
        }
    }
}
