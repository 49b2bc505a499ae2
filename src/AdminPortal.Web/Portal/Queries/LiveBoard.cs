using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record BoardAgent(Guid Id, string Name, DateTime StatusUpdatedAt);

public sealed record BoardColumn(StatusRow Status, int Count, IReadOnlyList<BoardAgent> Agents);

/// <summary>Agents per status for the live board; each column shows the longest-waiting agents first, at most <see cref="PerStatus"/>.</summary>
public sealed class LiveBoard(AdminPortalDbContext db, StatusList statuses)
{
    public const int PerStatus = 50;

    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(Guid? teamId, Guid? menuId, CancellationToken cancellationToken = default)
    {
        var agents = db.Agents.AsNoTracking();
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

        var counts = await agents.GroupBy(a => a.StatusId)
            .Select(g => new { StatusId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.StatusId, x => x.Count, cancellationToken);

        var columns = new List<BoardColumn>();
        foreach (var status in await statuses.AllAsync(cancellationToken))
        {
            var count = counts.GetValueOrDefault(status.Id);
            var shown = count == 0
                ? []
                : await agents.Where(a => a.StatusId == status.Id)
                    .OrderBy(a => a.StatusUpdatedAt)
                    .Take(PerStatus)
                    .Select(a => new BoardAgent(a.Id, a.FirstName + " " + a.LastName, a.StatusUpdatedAt))
                    .ToListAsync(cancellationToken);
            columns.Add(new BoardColumn(status, count, shown));
        }

        return columns;
    }

    /// <summary>The teams assigned to the menu and their sub-teams (as the menu's effective agents count them).</summary>
    private async Task<List<Guid>> AnsweringTeamsAsync(Guid menuId, CancellationToken cancellationToken)
    {
        var assigned = await db.TeamAssignments.AsNoTracking().Where(x => x.MenuId == menuId).Select(x => x.TeamId).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
        {
            return [];
        }

        var children = (await db.Teams.AsNoTracking().Where(t => !t.Deleted).Select(t => new { t.Id, t.ParentId }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ParentId, t => t.Id);
        var live = children.SelectMany(c => c).ToHashSet();
        var found = new HashSet<Guid>();
        var pending = new Stack<Guid>(assigned.Where(live.Contains));
        while (pending.TryPop(out var team))
        {
            if (found.Add(team))
            {
                foreach (var child in children[team])
                {
                    pending.Push(child);
                }
            }
        }

        return [.. found];
    }
}
