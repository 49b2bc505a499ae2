using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Components.Pages.Assignments;

/// <summary>Per menu: its team and agent assignments (add, change, remove) and the agents answering it in effect.</summary>
public sealed partial class Assignments
{
    private Choice? _menu;
    private MenuAssignmentList _assignments = new([], 0, []);
    private IReadOnlyList<EffectiveAgent> _effective = [];

    private Choice? _team;
    private Guid? _editingTeam;
    private string? _editingTeamName;
    private QueueForm _teamForm = new();
    private Choice? _agent;
    private Guid? _editingAgent;
    private string? _editingAgentName;
    private QueueForm _agentForm = new();

    private async Task MenuChangedAsync(Choice? menu)
    {
        _menu = menu;
        ResetForms();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_menu?.Id is not { } menuId)
        {
            return;
        }

        _assignments = await Scope.RunAsync<MenuAssignments, MenuAssignmentList>(a => a.OfMenuAsync(menuId));
        _effective = await Scope.RunAsync<IAssignmentService, IReadOnlyList<EffectiveAgent>>(s => s.EffectiveAgentsAsync(menuId));
    }

    private void ResetForms()
    {
        (_team, _editingTeam, _teamForm) = (null, null, new QueueForm());
        (_agent, _editingAgent, _agentForm) = (null, null, new QueueForm());
    }

    private void EditTeam(TeamAssignmentRow row)
    {
        (_team, _editingTeam, _editingTeamName) = (new Choice(row.TeamId, row.TeamName), row.Id, row.TeamName);
        _teamForm = new QueueForm { Lang = row.Lang, QueueLevel = row.QueueLevel, ChannelType = row.ChannelType };
    }

    private void EditAgent(AgentAssignmentRow row)
    {
        (_agent, _editingAgent, _editingAgentName) = (new Choice(row.AgentId, row.AgentName), row.Id, row.AgentName);
        _agentForm = new QueueForm { Lang = row.Lang, QueueLevel = row.QueueLevel, ChannelType = row.ChannelType, SkillLevel = row.SkillLevel };
    }

    private async Task SaveTeamAsync()
    {
        var (menuId, teamId, editing) = (_menu!.Id, _team!.Id, _editingTeam);
        var details = new TeamAssignmentDetails(_teamForm.Lang, _teamForm.QueueLevel, _teamForm.ChannelType);
        var saved = await WriteAsync(
            () => editing is { } id
                ? Scope.RunAsync<IAssignmentService>(s => s.UpdateTeamAssignmentAsync(User.Actor, id, details))
                : Scope.RunAsync<IAssignmentService>(s => s.AssignTeamAsync(User.Actor, menuId, teamId, details)),
            editing is null ? "Team assigned" : $"{_editingTeamName}'s assignment saved");
        if (saved)
        {
            ResetForms();
            await LoadAsync();
        }
    }

    private async Task SaveAgentAsync()
    {
        var (menuId, agentId, editing) = (_menu!.Id, _agent!.Id, _editingAgent);
        var details = new AgentAssignmentDetails(_agentForm.Lang, _agentForm.QueueLevel, _agentForm.ChannelType, _agentForm.SkillLevel);
        var saved = await WriteAsync(
            () => editing is { } id
                ? Scope.RunAsync<IAssignmentService>(s => s.UpdateAgentAssignmentAsync(User.Actor, id, details))
                : Scope.RunAsync<IAssignmentService>(s => s.AssignAgentAsync(User.Actor, menuId, agentId, details)),
            editing is null ? "Agent assigned" : $"{_editingAgentName}'s assignment saved");
        if (saved)
        {
            ResetForms();
            await LoadAsync();
        }
    }

    private async Task RemoveTeamAsync(TeamAssignmentRow row)
    {
        var line = $"{DisplayNames.Language(row.Lang)}, {DisplayNames.Channel(row.ChannelType)}";
        if (await ConfirmAsync($"Remove {row.TeamName}?", $"{row.TeamName} stops answering {_menu!.Name} ({line}).", "Remove")
            && await WriteAsync(() => Scope.RunAsync<IAssignmentService>(s => s.RemoveTeamAssignmentAsync(User.Actor, row.Id)), $"{row.TeamName} removed"))
        {
            await LoadAsync();
        }
    }

    private async Task RemoveAgentAsync(AgentAssignmentRow row)
    {
        var line = $"{DisplayNames.Language(row.Lang)}, {DisplayNames.Channel(row.ChannelType)}";
        if (await ConfirmAsync($"Remove {row.AgentName}?", $"{row.AgentName} stops answering {_menu!.Name} ({line}) directly.", "Remove")
            && await WriteAsync(() => Scope.RunAsync<IAssignmentService>(s => s.RemoveAgentAssignmentAsync(User.Actor, row.Id)), $"{row.AgentName} removed"))
        {
            await LoadAsync();
        }
    }

    private sealed class QueueForm
    {
        public string Lang { get; set; } = QueueValues.DefaultLang;
        public string QueueLevel { get; set; } = QueueValues.DefaultQueueLevel;
        public string ChannelType { get; set; } = QueueValues.DefaultChannelType;
        public int SkillLevel { get; set; } = QueueValues.MinSkillLevel;
    }
}
