using AdminPortal.Domain.Teams;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Teams;

/// <summary>The team tree: create, rename, move (the service refuses cycles), delete, members; admins only for the writes.</summary>
public sealed partial class Teams
{
    private const string TopLevel = "(top level)";
    private const string NameKey = "name";

    private readonly LazyTree<TeamNode> _tree = new(t => t.Id, t => t.ParentId, t => t.Name);
    private IReadOnlyList<TeamNode> _teams = [];
    private Dictionary<Guid, TeamNode> _byId = [];
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

    private string? CountOf(Guid id) => _byId.TryGetValue(id, out var team) ? team.AgentsCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private async Task SelectAsync(Guid? id)
    {
        _selectedId = id is { } wanted && _byId.ContainsKey(wanted) ? wanted : null;
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
        var (name, parentId) = (_newName!.Trim(), _selectedId);
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.CreateAsync(User.Actor, name, parentId)), $"Team {name} created"))
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

    /// <summary>Moves the selected team; it stays selected and shows under its new parent.</summary>
    private async Task MoveAsync()
    {
        var id = _selectedId!.Value;
        var parent = _parent?.Id;
        if (await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.MoveAsync(User.Actor, id, parent)), "Team moved"))
        {
            await LoadAsync();
            _tree.Reveal(id);
        }
    }

    /// <summary>Says first what matters: sub-teams (the delete would be refused), members and menu assignments.</summary>
    private async Task DeleteAsync()
    {
        var team = Selected!;
        var subTeams = _teams.Where(t => t.ParentId == team.Id).Select(t => t.Name).ToList();
        if (subTeams.Count > 0)
        {
            await ExplainAsync($"{team.Name} can't be deleted yet",
                $"It still has {DisplayNames.Count(subTeams.Count, "sub-team")}: {string.Join(", ", subTeams)}. Move or delete them first.");
            return;
        }

        var assignments = await Scope.RunAsync<TeamTree, int>(t => t.AssignmentsCountAsync(team.Id));
        var consequence = $"Its {DisplayNames.Count(team.AgentsCount, "member")} stay in the organisation" +
            (assignments > 0 ? $"; its {DisplayNames.Count(assignments, "menu assignment")} stop answering." : ".");
        if (await ConfirmDeleteAsync(team.Name, consequence)
            && await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.DeleteAsync(User.Actor, team.Id)), $"Team {team.Name} deleted"))
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
        var team = Selected!;
        if (await ConfirmAsync($"Remove {member.Name}?", $"{member.Name} leaves {team.Name} (and stops answering its menus).", "Remove")
            && await WriteAsync(() => Scope.RunAsync<ITeamService>(s => s.RemoveMemberAsync(User.Actor, team.Id, member.Id)), $"{member.Name} removed"))
        {
            await LoadAsync();
            await LoadMembersAsync();
        }
    }
}
