using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>
/// Keeps <see cref="Team.AgentsCount"/> equal to the team's memberships (the <c>agent_team</c> rows): a save that adds or
/// removes memberships moves the counts of their teams by as much, in its transaction. The counts move by increments, so
/// concurrent saves on PostgreSQL never lose one another's change; bulk writers set the counts of the teams they write.
/// </summary>
public static class TeamMemberCounts
{
    /// <summary>The many-to-many join entity of agents and teams.</summary>
    public const string JoinEntity = "AgentTeam";

    private const string TeamKey = "TeamsId";

    /// <summary>How much each team's count moves with the memberships this save adds and removes.</summary>
    internal static Dictionary<Guid, int> Changes(DbContext db)
    {
        var changes = new Dictionary<Guid, int>();
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        foreach (var entry in db.ChangeTracker.Entries<Dictionary<string, object>>())
        {
            var delta = entry.State switch
            {
                EntityState.Added => 1,
                EntityState.Deleted => -1,
                _ => 0,
            };
            if (delta != 0 && entry.Metadata.Name == JoinEntity && entry.Property(TeamKey).CurrentValue is Guid team)
            {
                changes[team] = changes.GetValueOrDefault(team) + delta;
            }
        }

        return changes;
    }

    /// <summary>Moves the counts (one statement per distinct change) and the teams this context tracks along.</summary>
    internal static async Task ApplyAsync(AdminPortalDbContext db, Dictionary<Guid, int> changes, CancellationToken cancellationToken)
    {
        foreach (var group in changes.Where(change => change.Value != 0).GroupBy(change => change.Value))
        {
            var delta = group.Key;
            var teams = group.Select(change => change.Key).ToList();
            await db.Teams.IgnoreQueryFilters().Where(t => teams.Contains(t.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.AgentsCount, t => t.AgentsCount + delta), cancellationToken);
        }

        foreach (var entry in db.ChangeTracker.Entries<Team>().Where(e => changes.ContainsKey(e.Entity.Id)))
        {
            var count = entry.Property(t => t.AgentsCount);
            count.OriginalValue += changes[entry.Entity.Id];
            count.CurrentValue = count.OriginalValue;
        }
    }

    /// <summary>The counts of teams being written in bulk with these memberships (a new organisation's).</summary>
    public static void Set(IEnumerable<Team> teams, IEnumerable<Guid> teamOfEachMembership)
    {
        var counts = teamOfEachMembership.CountBy(team => team).ToDictionary();
        foreach (var team in teams)
        {
            team.AgentsCount = counts.GetValueOrDefault(team.Id);
        }
    }
}
