using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AdminPortal.Domain.Audit;

/// <summary>
/// One agent joining or leaving one team (a row of the agents–teams join table). The changes of one save become one event
/// per team (<c>agents</c> added and removed), or one per agent (<c>teams</c>) when that makes fewer events: editing an
/// agent's teams reads as one entry about the agent, filling a team as one entry about the team.
/// </summary>
internal sealed record TeamMembershipChange(Guid TeamId, Guid AgentId, bool Joined)
{
    public static TeamMembershipChange? From(EntityEntry entry)
    {
        if (!entry.Metadata.HasSharedClrType)
        {
            return null;
        }

        var team = entry.Metadata.GetForeignKeys().FirstOrDefault(k => k.PrincipalEntityType.ClrType == typeof(Team));
        var agent = entry.Metadata.GetForeignKeys().FirstOrDefault(k => k.PrincipalEntityType.ClrType == typeof(Agent));
        if (team is null || agent is null || entry.State == EntityState.Modified)
        {
            return null;
        }

        return new TeamMembershipChange(
            (Guid)entry.Property(team.Properties[0].Name).CurrentValue!,
            (Guid)entry.Property(agent.Properties[0].Name).CurrentValue!,
            entry.State == EntityState.Added);
    }

    public static IEnumerable<AuditEvent> EventsOf(IReadOnlyCollection<TeamMembershipChange> changes, DbContext db, Guid? tenant)
    {
        if (changes.Count == 0)
        {
            return [];
        }

        var byTeam = changes.GroupBy(c => c.TeamId).ToList();
        var byAgent = changes.GroupBy(c => c.AgentId).ToList();
        return byAgent.Count < byTeam.Count
            ? byAgent.Select(g => EventOf<Agent>(db, tenant, g.Key, "teams", g.Select(c => (c.TeamId, c.Joined))))
            : byTeam.Select(g => EventOf<Team>(db, tenant, g.Key, "agents", g.Select(c => (c.AgentId, c.Joined))));
    }

    private static AuditEvent EventOf<TResource>(DbContext db, Guid? tenant, Guid resourceId, string member, IEnumerable<(Guid Id, bool Joined)> changes)
        where TResource : class, IOrganisationOwned
    {
        var tracked = db.ChangeTracker.Entries<TResource>().FirstOrDefault(e => (Guid)e.Property("Id").CurrentValue! == resourceId)?.Entity;
        var set = new AuditChangeSet();
        var list = changes.ToList();
        set.Members(member, list.Where(c => c.Joined).Select(c => c.Id), list.Where(c => !c.Joined).Select(c => c.Id));
        return new AuditEvent
        {
            OrganisationId = tracked?.OrganisationId ?? tenant ?? throw new InvalidOperationException("A membership change outside an organisation."),
            ActorName = "",
            Action = AuditActions.Update,
            ResourceType = typeof(TResource).Name,
            ResourceId = resourceId,
            ResourceName = tracked is null ? null : AuditTrail.NameOf(tracked),
            Changes = set.ToJson(),
            Source = "",
        };
    }
}
