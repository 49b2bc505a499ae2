using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Presence;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;

namespace AdminPortal.Web.Tests.Portal.Fakes;

public sealed class FakeTeamService(ServiceCalls calls) : ITeamService
{
    public Task<Team> CreateAsync(Actor actor, string name, Guid? parentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"CreateTeam {name} under {parentId?.ToString() ?? "top"}");
        return Task.FromResult(new Team { Name = name, ParentId = parentId });
    }

    public Task<Team> RenameAsync(Actor actor, Guid teamId, string name, CancellationToken cancellationToken = default)
    {
        calls.Record($"RenameTeam {teamId} {name}");
        return Task.FromResult(new Team { Id = teamId, Name = name });
    }

    public Task<Team> MoveAsync(Actor actor, Guid teamId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default)
    {
        calls.Record($"MoveTeam {teamId} under {newParentId?.ToString() ?? "top"}");
        return Task.FromResult(new Team { Id = teamId, Name = "moved", ParentId = newParentId });
    }

    public Task DeleteAsync(Actor actor, Guid teamId, CancellationToken cancellationToken = default)
    {
        calls.Record($"DeleteTeam {teamId}");
        return Task.CompletedTask;
    }

    public Task AddMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        calls.Record($"AddMembers {teamId} {string.Join(",", agentIds)}");
        return Task.CompletedTask;
    }

    public Task RemoveMemberAsync(Actor actor, Guid teamId, Guid agentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"RemoveMember {teamId} {agentId}");
        return Task.CompletedTask;
    }

    public Task ChangeMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, MembershipChange change, CancellationToken cancellationToken = default)
    {
        calls.Record($"ChangeMembers {teamId} {change} {string.Join(",", agentIds)}");
        return Task.CompletedTask;
    }

    public Task ChangeTeamsOfAgentAsync(Actor actor, Guid agentId, IReadOnlyCollection<Guid> teamIds, MembershipChange change, CancellationToken cancellationToken = default)
    {
        calls.Record($"ChangeTeamsOfAgent {agentId} {change} {string.Join(",", teamIds)}");
        return Task.CompletedTask;
    }
}

public sealed class FakeMenuService(ServiceCalls calls) : IMenuService
{
    public Task<Menu> CreateAsync(Actor actor, MenuDetails details, Guid? parentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"CreateMenu {details.Name} under {parentId?.ToString() ?? "top"}");
        return Task.FromResult(new Menu { Name = details.Name });
    }

    public Task<Menu> UpdateAsync(Actor actor, Guid menuId, MenuDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"UpdateMenu {menuId} {details.Name} {details.MenuType} hidden={details.Hidden} msg={details.OutputMsg}");
        return Task.FromResult(new Menu { Id = menuId, Name = details.Name });
    }

    public Task<Menu> MoveAsync(Actor actor, Guid menuId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default)
    {
        calls.Record($"MoveMenu {menuId} under {newParentId?.ToString() ?? "top"}");
        return Task.FromResult(new Menu { Id = menuId, Name = "moved" });
    }

    public Task DeleteAsync(Actor actor, Guid menuId, CancellationToken cancellationToken = default)
    {
        calls.Record($"DeleteMenu {menuId}");
        return Task.CompletedTask;
    }
}

public sealed class FakeAssignmentService(ServiceCalls calls) : IAssignmentService
{
    public List<EffectiveAgent> Effective { get; } = [];

    public Task<AgentAssignment> AssignAgentAsync(Actor actor, Guid menuId, Guid agentId, AgentAssignmentDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"AssignAgent {menuId} {agentId} {details.Lang} {details.QueueLevel} {details.ChannelType} {details.SkillLevel}");
        return Task.FromResult(new AgentAssignment { MenuId = menuId, AgentId = agentId });
    }

    public Task<AgentAssignment> UpdateAgentAssignmentAsync(Actor actor, Guid assignmentId, AgentAssignmentDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"UpdateAgentAssignment {assignmentId} {details.Lang} {details.QueueLevel} {details.ChannelType} {details.SkillLevel}");
        return Task.FromResult(new AgentAssignment { Id = assignmentId });
    }

    public Task RemoveAgentAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"RemoveAgentAssignment {assignmentId}");
        return Task.CompletedTask;
    }

    public Task<TeamAssignment> AssignTeamAsync(Actor actor, Guid menuId, Guid teamId, TeamAssignmentDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"AssignTeam {menuId} {teamId} {details.Lang} {details.QueueLevel} {details.ChannelType}");
        return Task.FromResult(new TeamAssignment { MenuId = menuId, TeamId = teamId });
    }

    public Task<TeamAssignment> UpdateTeamAssignmentAsync(Actor actor, Guid assignmentId, TeamAssignmentDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"UpdateTeamAssignment {assignmentId} {details.Lang} {details.QueueLevel} {details.ChannelType}");
        return Task.FromResult(new TeamAssignment { Id = assignmentId });
    }

    public Task RemoveTeamAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"RemoveTeamAssignment {assignmentId}");
        return Task.CompletedTask;
    }

    public Task<AgentAssignment> MoveAgentAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid agentId, CancellationToken cancellationToken = default)
    {
        calls.Record($"MoveAgentAssignment {assignmentId} {menuId} {agentId}");
        return Task.FromResult(new AgentAssignment { Id = assignmentId, MenuId = menuId, AgentId = agentId });
    }

    public Task<TeamAssignment> MoveTeamAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid teamId, CancellationToken cancellationToken = default)
    {
        calls.Record($"MoveTeamAssignment {assignmentId} {menuId} {teamId}");
        return Task.FromResult(new TeamAssignment { Id = assignmentId, MenuId = menuId, TeamId = teamId });
    }

    public Task<IReadOnlyList<AgentAssignment>> ReplaceQueueAgentsAsync(
        Actor actor, Guid menuId, IReadOnlyList<QueueAgentChoice> agents, CancellationToken cancellationToken = default)
    {
        calls.Record($"ReplaceQueueAgents {menuId} {string.Join(",", agents.Select(a => $"{a.ExtensionNumber}:{a.SkillLevel}"))}");
        return Task.FromResult<IReadOnlyList<AgentAssignment>>([]);
    }

    public Task<IReadOnlyList<EffectiveAgent>> EffectiveAgentsAsync(Guid menuId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EffectiveAgent>>(Effective);
}

public sealed class FakeAgentService(ServiceCalls calls) : IAgentService
{
    public Task<Agent> CreateAsync(Actor actor, AgentDetails details, string? password, CancellationToken cancellationToken = default)
    {
        calls.Record($"CreateAgent {details.Email} {details.FirstName} {details.LastName} {details.Role} password={password is not null}");
        return Task.FromResult(new Agent { Email = details.Email, FirstName = details.FirstName, LastName = details.LastName });
    }

    public Task<Agent> UpdateAsync(Actor actor, Guid agentId, AgentDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"UpdateAgent {agentId} {details.Email} {details.Location}");
        return Task.FromResult(new Agent { Id = agentId, Email = details.Email, FirstName = details.FirstName, LastName = details.LastName });
    }

    public Task SetPasswordAsync(Actor actor, Guid agentId, string password, CancellationToken cancellationToken = default)
    {
        calls.Record($"SetPassword {agentId}");
        return Task.CompletedTask;
    }
}

public sealed class FakeUserStatusService(ServiceCalls calls) : IUserStatusService
{
    public Task<UserStatus> CreateAsync(Actor actor, UserStatusDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"CreateStatus {details.Name} {details.Color} {details.WfmId} {details.Category}");
        return Task.FromResult(new UserStatus { Name = details.Name, Color = details.Color });
    }

    public Task<UserStatus> UpdateAsync(Actor actor, Guid statusId, UserStatusDetails details, CancellationToken cancellationToken = default)
    {
        calls.Record($"UpdateStatus {statusId} {details.Name} {details.Color}");
        return Task.FromResult(new UserStatus { Id = statusId, Name = details.Name, Color = details.Color });
    }

    public Task DeleteAsync(Actor actor, Guid statusId, CancellationToken cancellationToken = default)
    {
        calls.Record($"DeleteStatus {statusId}");
        return Task.CompletedTask;
    }
}

public sealed class FakeStatusChangeService(ServiceCalls calls) : IStatusChangeService
{
    public List<StatusChangeOutcome> Outcomes { get; } = [];

    /// <summary>Records <c>Change {agent} {target} {source}</c>, then the session origin when the request sets one.</summary>
    public Task<StatusChangeResult> ChangeAsync(StatusRequest request, CancellationToken cancellationToken = default)
    {
        calls.Record($"Change {request.AgentId} {request.Target} {request.Source}{(request.Origin is { } origin ? $" {origin}" : "")}");
        var row = new OperatorStatus { Status = request.Target.ToString(), SipUserId = request.AgentId, Source = request.Source };
        return Task.FromResult(new StatusChangeResult(request.AgentId, "", row.Status, row));
    }

    public Task<IReadOnlyList<StatusChangeOutcome>> ChangeManyAsync(BulkStatusRequest request, CancellationToken cancellationToken = default)
    {
        calls.Record($"ChangeMany {request.Target} {string.Join(",", request.AgentIds)}");
        return Task.FromResult<IReadOnlyList<StatusChangeOutcome>>(Outcomes);
    }
}

/// <summary>An in-memory feed: tests publish changes the pages subscribed to.</summary>
public sealed class FakeStatusFeed : IStatusFeed
{
    private readonly List<(Guid Organisation, Func<AgentStatusChanged, Task> Handler)> _handlers = [];
    private readonly List<Func<Task>> _missed = [];

    public int Subscribers => _handlers.Count;

    public IDisposable Subscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler, Func<Task>? missed = null)
    {
        var entry = (organisationId, handler);
        _handlers.Add(entry);
        if (missed is not null)
        {
            _missed.Add(missed);
        }

        return new Unsubscribe(() =>
        {
            _handlers.Remove(entry);
            if (missed is not null)
            {
                _missed.Remove(missed);
            }
        });
    }

    public void ReportMissed()
    {
        foreach (var missed in _missed.ToList())
        {
            missed().GetAwaiter().GetResult();
        }
    }

    public void Publish(AgentStatusChanged change)
    {
        foreach (var (organisation, handler) in _handlers.ToList())
        {
            if (organisation == change.OrganisationId)
            {
                handler(change).GetAwaiter().GetResult();
            }
        }
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

public sealed class FakePresenceTracker : IPresenceTracker
{
    private readonly Dictionary<Guid, int> _open = [];

    public IDisposable WidgetOpened(Guid organisationId, Guid agentId)
    {
        _open[agentId] = OpenWidgets(agentId) + 1;
        return new Closed(() => _open[agentId]--);
    }

    public int OpenWidgets(Guid agentId) => _open.GetValueOrDefault(agentId);

    private sealed class Closed(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
