using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>One agent's status as seed 002 reads it.</summary>
public sealed record AgentStatusRead(Guid Key, long Id, string Name, string Email, string? AgentNumber, string Status);

/// <summary>
/// Seed 002's status read: the agents named by id and the members of the named teams (sub-teams included), in that
/// order (<see cref="TeamMembership.AgentsOfAsync"/>); with no ids, every agent by name. An agent reads only itself.
/// </summary>
public sealed class AgentStatusBoard(AdminPortalDbContext db, TeamMembership membership)
{
    public async Task<IReadOnlyList<AgentStatusRead>> ReadAsync(
        Actor actor, IReadOnlyCollection<Guid> agentIds, IReadOnlyCollection<Guid> teamIds, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(actor);
        var named = agentIds.Count > 0 || teamIds.Count > 0 ? await membership.AgentsOfAsync(agentIds, teamIds, cancellationToken) : null;
        var agents = db.Agents.AsNoTracking().Active();
        if (named is not null)
        {
            agents = agents.Where(a => named.Contains(a.Id));
        }

        if (actor.Role == AgentRole.Agent)
        {
            agents = agents.Where(a => a.Id == actor.AgentId);
        }

        var rows = await agents
            .OrderBy(a => a.FirstName).ThenBy(a => a.LastName).ThenBy(a => a.NumericId)
            .Select(a => new { a.Id, a.NumericId, a.FirstName, a.MiddleName, a.LastName, a.Email, a.AgentNumber, Status = a.Status!.Name })
            .ToListAsync(cancellationToken);
        var reads = rows.Select(a => new AgentStatusRead(a.Id, a.NumericId, Agents.AgentName.Of(a.FirstName, a.MiddleName, a.LastName), a.Email, a.AgentNumber, a.Status));
        if (named is null)
        {
            return [.. reads];
        }

        var order = named.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return [.. reads.OrderBy(r => order[r.Key])];
    }
}
