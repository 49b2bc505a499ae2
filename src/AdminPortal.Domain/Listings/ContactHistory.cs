using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Reads the events and queue waits of a page of calls or chats in a fixed number of queries (events, waits, the agents
/// they name, the organisation's menus and its service level target), and walks each contact's events into its
/// <see cref="ContactDetails"/> (<see cref="ContactLegs"/>).
/// </summary>
public sealed class ContactHistory(AdminPortalDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, ContactDetails>> ReadAsync(IReadOnlyCollection<ContactKey> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0)
        {
            return new Dictionary<Guid, ContactDetails>();
        }

        var ids = contacts.Select(c => c.Id).ToList();
        var events = await db.ContactEvents.AsNoTracking()
            .Where(e => ((e.CallId != null && ids.Contains(e.CallId.Value)) || (e.ChatId != null && ids.Contains(e.ChatId.Value))))
            .Select(e => new ContactEventRow((e.CallId ?? e.ChatId)!.Value, e.NumericId, e.Type, e.OccurredAt, e.AgentId, e.MenuId, e.ToAgentId, e.Lang, e.Detail))
            .ToListAsync(cancellationToken);
        var waits = await db.QueueWaits.AsNoTracking()
            .Where(w => (w.CallId != null && ids.Contains(w.CallId.Value)) || (w.ChatId != null && ids.Contains(w.ChatId.Value)))
            .Select(w => new QueueWaitRow((w.CallId ?? w.ChatId)!.Value, w.NumericId, w.MenuId, w.Lang, w.Transfer, w.StartedAt, w.EndedAt, w.Outcome, w.AgentId,
                w.ServiceLevelSeconds, w.WithinServiceLevel))
            .ToListAsync(cancellationToken);
        var agentIds = events.SelectMany(e => new[] { e.AgentId, e.ToAgentId }).Concat(waits.Select(w => w.AgentId)).OfType<Guid>().Distinct().ToList();
        var people = await db.Agents.AsNoTracking().Where(a => agentIds.Contains(a.Id)).Select(DirectoryProjections.Person).ToListAsync(cancellationToken);
        var menus = await db.Menus.AsNoTracking()
            .Select(m => new MenuNode(m.Id, m.NumericId, m.Name, m.ParentId, m.ServiceLevelSeconds, m.QueueGroup == null ? null : m.QueueGroup.ServiceLevelTargetPercent))
            .ToListAsync(cancellationToken);
        var targetPercent = await db.Organisations.AsNoTracking().Select(o => o.ServiceLevelTargetPercent).FirstOrDefaultAsync(cancellationToken);

        var world = new ContactWorld(people.ToDictionary(p => p.Key, p => p.ToRecord()), new MenuPaths(menus), targetPercent);
        var eventsOf = events.ToLookup(e => e.ContactId);
        var waitsOf = waits.ToLookup(w => w.ContactId);
        return contacts.ToDictionary(c => c.Id, c => ContactLegs.Build(c, [.. eventsOf[c.Id]], [.. waitsOf[c.Id]], world));
    }
}

/// <summary>A contact of the page: its row id, numeric id, end user id and fail reason.</summary>
public sealed record ContactKey(Guid Id, long NumericId, string? EndUserId, string FailReason);

public sealed record ContactEventRow(
    Guid ContactId, long Id, string Type, DateTime At, Guid? AgentId, Guid? MenuId, Guid? ToAgentId, string? Lang, string? Detail);

public sealed record QueueWaitRow(
    Guid ContactId, long Id, Guid MenuId, string Lang, bool Transfer, DateTime StartedAt, DateTime? EndedAt, string? Outcome, Guid? AgentId,
    int? ServiceLevelSeconds, bool? WithinServiceLevel);

public sealed record MenuNode(Guid Key, long Id, string Name, Guid? ParentId, int? ServiceLevelSeconds, int? GroupTargetPercent);

/// <summary>The agents and menus a page's events name, and the organisation's service level target percent.</summary>
public sealed record ContactWorld(IReadOnlyDictionary<Guid, PersonRecord> People, MenuPaths Menus, int TargetPercent)
{
    public PersonRecord? Person(Guid? id) => id is { } key ? People.GetValueOrDefault(key) : null;
}

/// <summary>The organisation's menus by id, with each one's path (<c>Death Star/Carpentry</c>).</summary>
public sealed class MenuPaths(IReadOnlyList<MenuNode> menus)
{
    private readonly Dictionary<Guid, MenuNode> _byKey = menus.ToDictionary(m => m.Key);

    public MenuNode? Find(Guid? id) => id is { } key ? _byKey.GetValueOrDefault(key) : null;

    public string? PathOf(Guid? id)
    {
        var names = new List<string>();
        var seen = new HashSet<Guid>();
        for (var menu = Find(id); menu is not null && seen.Add(menu.Key); menu = Find(menu.ParentId))
        {
            names.Add(menu.Name);
        }

        names.Reverse();
        return names.Count == 0 ? null : string.Join('/', names);
    }
}
