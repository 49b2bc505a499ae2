using AdminPortal.Domain.Data;
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

    public async Task<Page<ActivityRow>> PageAsync(ActivityFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
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

        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, AgentDirectory.MaxPageSize);
        var items = await query.OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .Select(l => new ActivityRow(
                l.Id,
                l.Agent!.FirstName + " " + l.Agent.LastName,
                l.Activity,
                l.Status != null ? l.Status.Name : null,
                l.Status != null ? l.Status.Color : null,
                l.StartedAt,
                l.EndedAt,
                l.Duration,
                l.Whodunnit != null ? l.Whodunnit.FirstName + " " + l.Whodunnit.LastName : null))
            .ToListAsync(cancellationToken);
        return new Page<ActivityRow>(items, Math.Min(total, CountLimit), total > CountLimit);
    }
}
