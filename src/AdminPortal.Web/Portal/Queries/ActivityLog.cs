using AdminPortal.Domain.Agents;
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
        var rows = await query.OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id)
            .Skip(Math.Max(page, 0) * size).Take(size)
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
        var items = rows.Select(l => new ActivityRow(
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
        return new Page<ActivityRow>(items, Math.Min(total, CountLimit), total > CountLimit);
    }
}
