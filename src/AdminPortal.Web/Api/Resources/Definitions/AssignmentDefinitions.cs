using System.Linq.Expressions;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>An agent's own queue assignments are visible to it; admins write them through the assignment service.</summary>
public sealed class AgentAssignmentDefinition(ApiCaller caller, IAssignmentService assignments, AdminPortalDbContext db) : ProductDefinition<AgentAssignment>(caller)
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

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var assignment = await assignments.AssignAgentAsync(Actor, Required<Guid>(write, "menu_id"), Required<Guid>(write, "agent_id"), new AgentAssignmentDetails(
            write.GetAttribute<string>("lang") ?? "en",
            write.GetAttribute<string>("queue_level") ?? "primary",
            write.GetAttribute<string>("channel_type") ?? "voice_call",
            write.GetAttribute<int?>("skill_level") ?? 1), cancellationToken);
        return assignment.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var id = IdOf(write.Id);
        var current = await db.AgentAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("AgentAssignment", id);
        await assignments.UpdateAgentAssignmentAsync(Actor, id, new AgentAssignmentDetails(
            write.GetAttribute("lang", current.Lang) ?? current.Lang,
            write.GetAttribute("queue_level", current.QueueLevel) ?? current.QueueLevel,
            write.GetAttribute("channel_type", current.ChannelType) ?? current.ChannelType,
            write.GetAttribute<int?>("skill_level") ?? current.SkillLevel), cancellationToken);
        return true;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await assignments.RemoveAgentAssignmentAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}

/// <summary>Assignments of an agent's teams are visible to it; admins write them through the assignment service.</summary>
public sealed class TeamAssignmentDefinition(ApiCaller caller, IAssignmentService assignments, AdminPortalDbContext db) : ProductDefinition<TeamAssignment>(caller)
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

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var assignment = await assignments.AssignTeamAsync(Actor, Required<Guid>(write, "menu_id"), Required<Guid>(write, "team_id"), new TeamAssignmentDetails(
            write.GetAttribute<string>("lang") ?? "en",
            write.GetAttribute<string>("queue_level") ?? "primary",
            write.GetAttribute<string>("channel_type") ?? "voice_call"), cancellationToken);
        return assignment.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var id = IdOf(write.Id);
        var current = await db.TeamAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("TeamAssignment", id);
        await assignments.UpdateTeamAssignmentAsync(Actor, id, new TeamAssignmentDetails(
            write.GetAttribute("lang", current.Lang) ?? current.Lang,
            write.GetAttribute("queue_level", current.QueueLevel) ?? current.QueueLevel,
            write.GetAttribute("channel_type", current.ChannelType) ?? current.ChannelType), cancellationToken);
        return true;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await assignments.RemoveTeamAssignmentAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}
