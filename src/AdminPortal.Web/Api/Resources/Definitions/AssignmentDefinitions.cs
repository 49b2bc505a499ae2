using System.Linq.Expressions;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>An agent's own queue assignments are visible to it; admins write them through the assignment service: its
/// <c>menu</c> and <c>agent</c> relationships and its queue values.</summary>
public sealed class AgentAssignmentDefinition(ApiCaller caller, IAssignmentService assignments) : ProductDefinition<AgentAssignment>(caller)
{
    public override Expression<Func<AgentAssignment, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return a => a.AgentId == me;
        }
    }

    public override async Task<object> CreateAsync(ResourceWrite<AgentAssignment> write, CancellationToken cancellationToken)
    {
        var assignment = write.Resource;
        return (await assignments.AssignAgentAsync(Actor, assignment.MenuId, assignment.AgentId, DetailsOf(assignment), cancellationToken)).Id;
    }

    public override async Task UpdateAsync(ResourceWrite<AgentAssignment> write, CancellationToken cancellationToken)
    {
        var assignment = write.Resource;
        if (write.Targets(a => a.Menu) || write.Targets(a => a.Agent))
        {
            await assignments.MoveAgentAssignmentAsync(Actor, assignment.Id, assignment.MenuId, assignment.AgentId, cancellationToken);
        }

        if (write.Members.Attributes.Count > 0)
        {
            await assignments.UpdateAgentAssignmentAsync(Actor, assignment.Id, DetailsOf(assignment), cancellationToken);
        }
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => assignments.RemoveAgentAssignmentAsync(Actor, IdOf(id), cancellationToken);

    private static AgentAssignmentDetails DetailsOf(AgentAssignment assignment) =>
        new(assignment.Lang, assignment.QueueLevel, assignment.ChannelType, assignment.SkillLevel);
}

/// <summary>Assignments of an agent's teams are visible to it; admins write them through the assignment service: its
/// <c>menu</c> and <c>team</c> relationships and its queue values.</summary>
public sealed class TeamAssignmentDefinition(ApiCaller caller, IAssignmentService assignments) : ProductDefinition<TeamAssignment>(caller)
{
    public override Expression<Func<TeamAssignment, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return a => a.Team!.Agents.Any(agent => agent.Id == me);
        }
    }

    public override async Task<object> CreateAsync(ResourceWrite<TeamAssignment> write, CancellationToken cancellationToken)
    {
        var assignment = write.Resource;
        return (await assignments.AssignTeamAsync(Actor, assignment.MenuId, assignment.TeamId, DetailsOf(assignment), cancellationToken)).Id;
    }

    public override async Task UpdateAsync(ResourceWrite<TeamAssignment> write, CancellationToken cancellationToken)
    {
        var assignment = write.Resource;
        if (write.Targets(a => a.Menu) || write.Targets(a => a.Team))
        {
            await assignments.MoveTeamAssignmentAsync(Actor, assignment.Id, assignment.MenuId, assignment.TeamId, cancellationToken);
        }

        if (write.Members.Attributes.Count > 0)
        {
            await assignments.UpdateTeamAssignmentAsync(Actor, assignment.Id, DetailsOf(assignment), cancellationToken);
        }
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => assignments.RemoveTeamAssignmentAsync(Actor, IdOf(id), cancellationToken);

    private static TeamAssignmentDetails DetailsOf(TeamAssignment assignment) => new(assignment.Lang, assignment.QueueLevel, assignment.ChannelType);
}
