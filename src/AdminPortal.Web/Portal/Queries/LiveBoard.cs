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
/// change is never hidden: <see cref="ColumnsAsync"/> counts every column in one grouped query and loads the first
/// <see cref="PerStatus"/> of each in another, <see cref="AgentsAsync"/> the rest of one column as it scrolls.
/// </summary>
public sealed class LiveBoard(AdminPortalDbContext db, StatusList statuses, TeamMembership membership)
{
    public const int PerStatus = 50;

    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(BoardFilter filter, CancellationToken cancellationToken = default)
    {
        var agents = await FilteredAsync(filter, cancellationToken);
        var counts = await agents.GroupBy(a => a.StatusId)
            .Select(g => new { StatusId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.StatusId, g => g.Count, cancellationToken);
        var newest = counts.Count == 0
            ? []
            : await counts.Keys.Select(status => Newest(agents, status, 0, PerStatus)).Aggregate(Queryable.Concat)
                .ToListAsync(cancellationToken);
        var byStatus = newest.ToLookup(a => a.StatusId);

        return [.. (await statuses.AllAsync(cancellationToken)).Select(status => counts.TryGetValue(status.Id, out var count)
            ? new BoardColumn(status, count, [.. byStatus[status.Id]
                .OrderByDescending(a => a.StatusUpdatedAt).ThenByDescending(a => a.Id)
                .Select(a => new BoardAgent(a.Id, a.Name, a.StatusUpdatedAt))])
            : new BoardColumn(status, 0, []))];
    }

    /// <summary>Agents <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of one column, in the column's order.</summary>
    public async Task<IReadOnlyList<BoardAgent>> AgentsAsync(Guid statusId, BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var agents = await FilteredAsync(filter, cancellationToken);
        return await Newest(agents, statusId, Math.Max(skip, 0), Math.Clamp(take, 0, AgentDirectory.MaxPageSize))
            .Select(a => new BoardAgent(a.Id, a.Name, a.StatusUpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A column's row (member-initialised, so that the columns' queries can be concatenated into one).</summary>
    private sealed class ColumnAgent
    {
        public Guid StatusId { get; init; }
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public DateTime StatusUpdatedAt { get; init; }
    }

    /// <summary>
    /// A column's agents in its order, read along the (organisation, status, change time, id) index: each column is its own
    /// short range, where numbering the whole organisation's agents per status read every agent of it.
    /// </summary>
    private static IQueryable<ColumnAgent> Newest(IQueryable<Agent> agents, Guid statusId, int skip, int take) =>
        agents.Where(a => a.StatusId == statusId)
            .OrderByDescending(a => a.StatusUpdatedAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ColumnAgent { StatusId = a.StatusId, Id = a.Id, Name = a.Name, StatusUpdatedAt = a.StatusUpdatedAt });

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
