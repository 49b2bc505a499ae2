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

public sealed record AgentFilter(string? Search = null, Guid? StatusId = null, Guid? TeamId = null, bool? Online = null, string? Location = null, Guid? AgentId = null);

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

    /// <summary>At most this many rows go into an export.</summary>
    public const int ExportLimit = 100_000;

    public async Task<Page<AgentRow>> PageAsync(AgentFilter filter, AgentSort sort, bool descending, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var items = await Rows(Sorted(query, sort, descending).Skip(Math.Max(page, 0) * size).Take(size)).ToListAsync(cancellationToken);
        return new Page<AgentRow>(items, total);
    }

    /// <summary>Every agent the filter matches, in the grid's order (at most <see cref="ExportLimit"/>).</summary>
    public async Task<IReadOnlyList<AgentRow>> ExportAsync(AgentFilter filter, AgentSort sort, bool descending, CancellationToken cancellationToken = default) =>
        await Rows(Sorted(Filtered(filter), sort, descending).Take(ExportLimit)).ToListAsync(cancellationToken);

    /// <summary>One agent as the grid shows it (to edit it from elsewhere, e.g. the board); null when it is gone.</summary>
    public async Task<AgentRow?> RowAsync(Guid agentId, CancellationToken cancellationToken = default) =>
        (await PageAsync(new AgentFilter(AgentId: agentId), AgentSort.Name, false, 0, 1, cancellationToken)).Items.FirstOrDefault();

    /// <summary>The ids of every agent the filter matches (for "select all matching"), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Guid>> IdsAsync(AgentFilter filter, int limit = 100_000, CancellationToken cancellationToken = default) =>
        await Filtered(filter).OrderBy(a => a.Id).Select(a => a.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>For pickers: agents whose name or email starts with / contains the text, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default) =>
        (await Filtered(new AgentFilter(text))
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Take(take)
            .Select(a => new { a.Id, a.Name, a.Email })
            .ToListAsync(cancellationToken))
        .Select(a => new Choice(a.Id, $"{a.Name} ({a.Email})"))
        .ToList();

    /// <summary>For the location picker: the existing locations containing the text, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<string>> LocationsAsync(string? text = null, int take = 20, CancellationToken cancellationToken = default)
    {
        var locations = db.Agents.AsNoTracking().Active().Where(a => a.Location != null && a.Location != "");
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lower = text.Trim().ToLower();
            locations = locations.Where(a => a.Location!.ToLower().Contains(lower));
        }

        return await locations.Select(a => a.Location!).Distinct().OrderBy(l => l).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>The grid's order; the id breaks ties in the same direction, so each order reads an index of the organisation's agents.</summary>
    private static IQueryable<Agent> Sorted(IQueryable<Agent> query, AgentSort sort, bool descending)
    {
        var sorted = sort switch
        {
            AgentSort.Email => descending ? query.OrderByDescending(a => a.Email) : query.OrderBy(a => a.Email),
            AgentSort.Status => descending ? query.OrderByDescending(a => a.Status!.Name) : query.OrderBy(a => a.Status!.Name),
            AgentSort.Location => descending ? query.OrderByDescending(a => a.Location) : query.OrderBy(a => a.Location),
            AgentSort.StatusUpdatedAt => descending ? query.OrderByDescending(a => a.StatusUpdatedAt) : query.OrderBy(a => a.StatusUpdatedAt),
            _ => descending ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
        };
        return descending ? sorted.ThenByDescending(a => a.Id) : sorted.ThenBy(a => a.Id);
    }

    private static IQueryable<AgentRow> Rows(IQueryable<Agent> query) => query.Select(a => new AgentRow(
        a.Id, a.FirstName, a.MiddleName, a.LastName, a.Email, a.AgentNumber, a.ExtensionNumber, a.Role, a.Location,
        a.Status!.Name, a.Status.Color, a.Status.Category != StatusCategory.Offline, a.StatusUpdatedAt));

    private IQueryable<Agent> Filtered(AgentFilter filter)
    {
        var query = db.Agents.AsNoTracking().Active().Matching(filter.Search);

        if (filter.AgentId is { } agentId)
        {
            query = query.Where(a => a.Id == agentId);
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
