using System.Linq.Expressions;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// The one definition of an active agent (not deactivated), for every list of agents: the portal's grid, board and
/// pickers, the JSON:API, the seed dialects. History (activity, status changes, the audit trail) keeps deactivated agents.
/// </summary>
public static class ActiveAgents
{
    public static Expression<Func<Agent, bool>> IsActive { get; } = a => a.DeactivatedAt == null;

    /// <summary>Only the agents that are not deactivated.</summary>
    public static IQueryable<Agent> Active(this IQueryable<Agent> agents) => agents.Where(IsActive);
}
