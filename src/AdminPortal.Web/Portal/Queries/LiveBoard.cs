using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record BoardAgent(Guid Id, string Name, DateTime StatusUpdatedAt);

/// <summary>A status column: how many agents match, and the most recently changed of them first.</summary>
public sealed record BoardColumn(StatusRow Status, int Count, IReadOnlyList<BoardAgent> Agents);

/// <summary>What the board shows: agents of a team, answering a menu, matching a search (each optional).</summary>
public sealed record BoardFilter(Guid? TeamId = null, Guid? MenuId = null, string? Search = null);

/// <summary>
/// Agents per status for the live board. Each column counts its agents and lists the most recent changes first, so a
/// change is never hidden: <see cref="ColumnsAsync"/> loads the first <see cref="PerStatus"/> of every column in one grouped
/// query, <see cref="AgentsAsync"/> the rest of one column as it scrolls.
/// </summary>
public sealed class LiveBoard(AdminPortalDbContext db, StatusList statuses, TeamMembership membership)
{
    public const int PerStatus = 50;

    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(BoardFilter filter, CancellationToken cancellationToken = default)
    {
        var agents = await FilteredAsync(filter, cancellationToken);
        var groups = await agents.GroupBy(a => a.StatusId)
            .Select(g => new
            {
                StatusId = g.Key,
                Count = g.Count(),
                Newest = g.OrderByDescending(a => a.StatusUpdatedAt).ThenByDescending(a => a.Id).Take(PerStatus)
                    .Select(a => new BoardAgent(a.Id, a.Name, a.StatusUpdatedAt))
                    .ToList(),
            })
            .ToDictionaryAsync(g => g.StatusId, cancellationToken);

        return [.. (await statuses.AllAsync(cancellationToken)).Select(status => groups.TryGetValue(status.Id, out var group)
            ? new BoardColumn(status, group.Count, group.Newest)
            : new BoardColumn(status, 0, []))];
    }

    /// <summary>Agents <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of one column, in the column's order.</summary>
    public async Task<IReadOnlyList<BoardAgent>> AgentsAsync(Guid statusId, BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var agents = await FilteredAsync(filter, cancellationToken);
        return await agents.Where(a => a.StatusId == statusId)
            .OrderByDescending(a => a.StatusUpdatedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 0, AgentDirectory.MaxPageSize))
            .Select(a => new BoardAgent(a.Id, a.Name, a.StatusUpdatedAt))
            .ToListAsync(cancellationToken);
    }

    private async Task<IQueryable<Agent>> FilteredAsync(BoardFilter filter, CancellationToken cancellationToken)
    {
        var agents = db.Agents.AsNoTracking().Active().Matching(filter.Search);
        if (filter.TeamId is { } team)
        {
            agents = agents.Where(a => a.Teams.Any(t => t.Id == team));
        }

        if (filter.MenuId is { } menu)
        {
            var teams = await AnsweringTeamsAsync(menu, cancellationToken);
            agents = agents.Where(a =>
                a.AgentAssignments.Any(x => x.MenuId == menu)
                || a.Teams.Any(t => teams.Contains(t.Id)));
        }

        return agents;
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
