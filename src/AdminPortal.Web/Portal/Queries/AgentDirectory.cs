using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record AgentRow(
    Guid Id,
    string FirstName,
    string? MiddleName,
    string LastName,
    string Email,
    string? AgentNumber,
    string? ExtensionNumber,
    AgentRole Role,
    string? Location,
    string StatusName,
    string StatusColor,
    bool Online,
    DateTime StatusUpdatedAt)
{
    public string Name => AgentName.Of(FirstName, MiddleName, LastName);
}

public sealed record AgentFilter(string? Search = null, Guid? StatusId = null, Guid? TeamId = null, bool? Online = null, string? Location = null);

public enum AgentSort
{
    Name,
    Email,
    Status,
    Location,
    StatusUpdatedAt,
}

/// <summary>The agents grid: filtered, sorted and paged in SQL.</summary>
public sealed class AgentDirectory(AdminPortalDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<Page<AgentRow>> PageAsync(AgentFilter filter, AgentSort sort, bool descending, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var sorted = sort switch
        {
            AgentSort.Email => descending ? query.OrderByDescending(a => a.Email) : query.OrderBy(a => a.Email),
            AgentSort.Status => descending ? query.OrderByDescending(a => a.Status!.Name) : query.OrderBy(a => a.Status!.Name),
            AgentSort.Location => descending ? query.OrderByDescending(a => a.Location) : query.OrderBy(a => a.Location),
            AgentSort.StatusUpdatedAt => descending ? query.OrderByDescending(a => a.StatusUpdatedAt) : query.OrderBy(a => a.StatusUpdatedAt),
            _ => descending
                ? query.OrderByDescending(a => a.FirstName).ThenByDescending(a => a.LastName)
                : query.OrderBy(a => a.FirstName).ThenBy(a => a.LastName),
        };
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var items = await sorted.ThenBy(a => a.Id)
            .Skip(Math.Max(page, 0) * size).Take(size)
            .Select(a => new AgentRow(
                a.Id, a.FirstName, a.MiddleName, a.LastName, a.Email, a.AgentNumber, a.ExtensionNumber, a.Role, a.Location,
                a.Status!.Name, a.Status.Color, a.Status.Category != StatusCategory.Offline, a.StatusUpdatedAt))
            .ToListAsync(cancellationToken);
        return new Page<AgentRow>(items, total);
    }

    /// <summary>For pickers: agents whose name or email starts with / contains the text, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default) =>
        (await Filtered(new AgentFilter(text))
            .OrderBy(a => a.FirstName).ThenBy(a => a.LastName)
            .Take(take)
            .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName, a.Email })
            .ToListAsync(cancellationToken))
        .Select(a => new Choice(a.Id, $"{AgentName.Of(a.FirstName, a.MiddleName, a.LastName)} ({a.Email})"))
        .ToList();

    public async Task<IReadOnlyList<string>> LocationsAsync(CancellationToken cancellationToken = default) =>
        await db.Agents.AsNoTracking().Active()
            .Where(a => a.Location != null && a.Location != "")
            .Select(a => a.Location!).Distinct().OrderBy(l => l).Take(200)
            .ToListAsync(cancellationToken);

    private IQueryable<Agent> Filtered(AgentFilter filter)
    {
        var query = db.Agents.AsNoTracking().Active();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLower();
            query = query.Where(a =>
                (a.FirstName + " " + a.LastName).ToLower().Contains(text)
                || a.Email.ToLower().Contains(text)
                || (a.AgentNumber != null && a.AgentNumber.Contains(text)));
        }

        if (filter.StatusId is { } statusId)
        {
            query = query.Where(a => a.StatusId == statusId);
        }

        if (filter.TeamId is { } teamId)
        {
            query = query.Where(a => a.Teams.Any(t => t.Id == teamId));
        }

        if (filter.Online is { } online)
        {
            query = online
                ? query.Where(a => a.Status!.Category != StatusCategory.Offline)
                : query.Where(a => a.Status!.Category == StatusCategory.Offline);
        }

        if (!string.IsNullOrWhiteSpace(filter.Location))
        {
            query = query.Where(a => a.Location == filter.Location);
        }

        return query;
    }
}
