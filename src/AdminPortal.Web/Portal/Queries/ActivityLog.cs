using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record ActivityRow(Guid Id, string AgentName, string Activity, string? StatusName, string? StatusColor, DateTime StartedAt, DateTime? EndedAt, double? Duration, string? Whodunnit);

public sealed record ActivityFilter(Guid? AgentId = null, string? Activity = null, DateTime? From = null, DateTime? To = null);

/// <summary>
/// The agents' activity intervals, newest first, paged in SQL. Matches are counted up to <see cref="CountLimit"/>:
/// counting millions of history rows would take seconds, and nobody pages that far.
/// </summary>
public sealed class ActivityLog(AdminPortalDbContext db)
{
    public const int CountLimit = 10_000;

    /// <summary>At most this many rows (the newest) go into an export.</summary>
    public const int ExportLimit = 100_000;

    public async Task<Page<ActivityRow>> PageAsync(ActivityFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        // counted up to the limit in the page's own (indexed) order, so the count reads the same index as the page
        var query = Filtered(filter).OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id);
        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, AgentDirectory.MaxPageSize);
        var items = await RowsAsync(query.Skip(Math.Max(page, 0) * size).Take(size), cancellationToken);
        return new Page<ActivityRow>(items, Math.Min(total, CountLimit), total > CountLimit);
    }

    /// <summary>The matching intervals, newest first, at most <see cref="ExportLimit"/>.</summary>
    public Task<IReadOnlyList<ActivityRow>> ExportAsync(ActivityFilter filter, CancellationToken cancellationToken = default) =>
        RowsAsync(Filtered(filter).OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id).Take(ExportLimit), cancellationToken);

    private IQueryable<AgentActivityLog> Filtered(ActivityFilter filter)
    {
        var query = db.AgentActivityLogs.AsNoTracking();
        if (filter.AgentId is { } agentId)
        {
            query = query.Where(l => l.AgentId == agentId);
        }

        if (!string.IsNullOrEmpty(filter.Activity))
        {
            query = query.Where(l => l.Activity == filter.Activity);
        }

        if (filter.From is { } from)
        {
            query = query.Where(l => l.StartedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(l => l.StartedAt < to);
        }

        return query;
    }

    private static async Task<IReadOnlyList<ActivityRow>> RowsAsync(IQueryable<AgentActivityLog> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(l => new
            {
                l.Id,
                l.Agent!.FirstName,
                l.Agent.MiddleName,
                l.Agent.LastName,
                l.Activity,
                StatusName = l.Status != null ? l.Status.Name : null,
                StatusColor = l.Status != null ? l.Status.Color : null,
                l.StartedAt,
                l.EndedAt,
                l.Duration,
                Whodunnit = l.Whodunnit != null ? new { l.Whodunnit.FirstName, l.Whodunnit.MiddleName, l.Whodunnit.LastName } : null,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(l => new ActivityRow(
                l.Id,
                AgentName.Of(l.FirstName, l.MiddleName, l.LastName),
                l.Activity,
                l.StatusName,
                l.StatusColor,
                l.StartedAt,
                l.EndedAt,
                l.Duration,
                l.Whodunnit is { } by ? AgentName.Of(by.FirstName, by.MiddleName, by.LastName) : null))
            .ToList();
    }
}
