using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// The members of teams as assignees (a team's own members, by numeric id), one query for many teams: its active members,
/// or with <c>withDeactivated</c> (the manager API's <c>with_deleted</c>) the deactivated ones too.
/// </summary>
internal static class TeamMembers
{
    public static async Task<ILookup<Guid, PersonRecord>> AssigneesAsync(
        AdminPortalDbContext db, IReadOnlyCollection<Guid> teamKeys, bool withDeactivated, CancellationToken cancellationToken)
    {
        var keys = teamKeys.Distinct().ToList();
        var rows = await db.Teams.AsNoTracking()
            .Where(t => keys.Contains(t.Id))
            .SelectMany(t => t.Agents.Where(a => withDeactivated || a.DeactivatedAt == null), (t, a) => new
            {
                TeamKey = t.Id,
                Person = new PersonRow(a.Id, a.NumericId, a.FirstName, a.MiddleName, a.LastName, a.AgentNumber, a.AvatarUrl),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Person.Id).ToLookup(r => r.TeamKey, r => r.Person.ToRecord());
    }
}
