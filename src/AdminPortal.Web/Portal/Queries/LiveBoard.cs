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
            agents = agents.Where(a =>
                a.AgentAssignments.Any(x => x.MenuId == menu)
                || a.Teams.Any(t => !t.Deleted && t.TeamAssignments.Any(x => x.MenuId == menu)));
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
}
