using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record BoardAgent(Guid Id, string Name, DateTime StatusUpdatedAt);

public sealed record BoardColumn(StatusRow Status, int Count, IReadOnlyList<BoardAgent> Agents);

/// <summary>
/// Agents per status for the live board, in one grouped query: each column counts its agents and shows the
/// longest-waiting ones first, at most <see cref="PerStatus"/>.
/// </summary>
public sealed class LiveBoard(AdminPortalDbContext db, StatusList statuses, TeamMembership membership)
{
    public const int PerStatus = 50;

    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(Guid? teamId, Guid? menuId, CancellationToken cancellationToken = default)
    {
        var agents = db.Agents.AsNoTracking().Active();
        if (teamId is { } team)
        {
            agents = agents.Where(a => a.Teams.Any(t => t.Id == team));
        }

        if (menuId is { } menu)
        {
            var teams = await AnsweringTeamsAsync(menu, cancellationToken);
            agents = agents.Where(a =>
                a.AgentAssignments.Any(x => x.MenuId == menu)
                || a.Teams.Any(t => teams.Contains(t.Id)));
        }

        var groups = await agents.GroupBy(a => a.StatusId)
            .Select(g => new
            {
                StatusId = g.Key,
                Count = g.Count(),
                Longest = g.OrderBy(a => a.StatusUpdatedAt).ThenBy(a => a.Id).Take(PerStatus)
                    .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName, a.StatusUpdatedAt })
                    .ToList(),
            })
            .ToDictionaryAsync(g => g.StatusId, cancellationToken);

        return [.. (await statuses.AllAsync(cancellationToken)).Select(status => groups.TryGetValue(status.Id, out var group)
            ? new BoardColumn(status, group.Count, [.. group.Longest.Select(a => new BoardAgent(a.Id, AgentName.Of(a.FirstName, a.MiddleName, a.LastName), a.StatusUpdatedAt))])
            : new BoardColumn(status, 0, []))];
    }

    /// <summary>The live teams assigned to the menu and their sub-teams (as the menu's effective agents count them).</summary>
    private async Task<List<Guid>> AnsweringTeamsAsync(Guid menuId, CancellationToken cancellationToken)
    {
        var assigned = await db.TeamAssignments.AsNoTracking()
            .Where(x => x.MenuId == menuId && !x.Team!.Deleted)
            .Select(x => x.TeamId)
            .ToListAsync(cancellationToken);
        return [.. await membership.WithSubTeamsAsync(assigned, cancellationToken)];
    }
}
