using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record AgentAssignmentRow(Guid Id, Guid AgentId, string AgentName, string Lang, string QueueLevel, string ChannelType, int SkillLevel);

public sealed record TeamAssignmentRow(Guid Id, Guid TeamId, string TeamName, string Lang, string QueueLevel, string ChannelType);

public sealed record MenuAssignmentList(IReadOnlyList<AgentAssignmentRow> Agents, int AgentTotal, IReadOnlyList<TeamAssignmentRow> Teams);

/// <summary>The direct agent and team assignments of one menu.</summary>
public sealed class MenuAssignments(AdminPortalDbContext db)
{
    public const int AgentsShown = 500;

    public async Task<MenuAssignmentList> OfMenuAsync(Guid menuId, CancellationToken cancellationToken = default)
    {
        var agentAssignments = db.AgentAssignments.AsNoTracking().Where(a => a.MenuId == menuId);
        var agentTotal = await agentAssignments.CountAsync(cancellationToken);
        var agents = await agentAssignments
            .OrderBy(a => a.Agent!.Name).ThenBy(a => a.Lang).ThenBy(a => a.Id)
            .Take(AgentsShown)
            .Select(a => new AgentAssignmentRow(a.Id, a.AgentId, a.Agent!.Name, a.Lang, a.QueueLevel, a.ChannelType, a.SkillLevel))
            .ToListAsync(cancellationToken);
        var teams = await db.TeamAssignments.AsNoTracking().Where(a => a.MenuId == menuId)
            .OrderBy(a => a.Team!.Name).ThenBy(a => a.Lang)
            .Select(a => new TeamAssignmentRow(a.Id, a.TeamId, a.Team!.Name, a.Lang, a.QueueLevel, a.ChannelType))
            .ToListAsync(cancellationToken);
        return new MenuAssignmentList(agents, agentTotal, teams);
    }
}
