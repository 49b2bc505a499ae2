using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Turns rows named by UUID or numeric id (<see cref="RowRef"/>) into their UUIDs, in the caller's organisation; a
/// name that matches nothing there (another organisation's row included) throws <see cref="EntityNotFoundException"/>
/// quoting it as given. Deleted teams and menus are not found.
/// </summary>
public sealed class RowReferences(AdminPortalDbContext db)
{
    public async Task<IReadOnlyList<Guid>> AgentsAsync(IReadOnlyList<RowRef> references, CancellationToken cancellationToken = default)
    {
        var (keys, numbers) = Split(references);
        var found = references.Count == 0 ? [] : await db.Agents.AsNoTracking()
            .Where(a => keys.Contains(a.Id) || numbers.Contains(a.NumericId))
            .Select(a => new Row(a.Id, a.NumericId))
            .ToListAsync(cancellationToken);
        return Match(nameof(Agent), references, found);
    }

    public async Task<IReadOnlyList<Guid>> TeamsAsync(IReadOnlyList<RowRef> references, CancellationToken cancellationToken = default)
    {
        var (keys, numbers) = Split(references);
        var found = references.Count == 0 ? [] : await db.Teams.AsNoTracking()
            .Where(t => !t.Deleted && (keys.Contains(t.Id) || numbers.Contains(t.NumericId)))
            .Select(t => new Row(t.Id, t.NumericId))
            .ToListAsync(cancellationToken);
        return Match(nameof(Team), references, found);
    }

    public async Task<Guid> MenuAsync(RowRef reference, CancellationToken cancellationToken = default)
    {
        var (keys, numbers) = Split([reference]);
        var found = await db.Menus.AsNoTracking()
            .Where(m => !m.Deleted && (keys.Contains(m.Id) || numbers.Contains(m.NumericId)))
            .Select(m => new Row(m.Id, m.NumericId))
            .ToListAsync(cancellationToken);
        return Match(nameof(Menu), [reference], found)[0];
    }

    private static (List<Guid> Keys, List<long> Numbers) Split(IReadOnlyList<RowRef> references) =>
        ([.. references.Where(r => r.Key is not null).Select(r => r.Key!.Value).Distinct()],
         [.. references.Where(r => r.Number is not null).Select(r => r.Number!.Value).Distinct()]);

    /// <summary>The UUIDs in the order named, each once; the first name that matched nothing throws.</summary>
    private static IReadOnlyList<Guid> Match(string entity, IReadOnlyList<RowRef> references, List<Row> found)
    {
        var byKey = found.ToDictionary(r => r.Key);
        var byNumber = found.ToDictionary(r => r.Number);
        return [.. references.Select(reference =>
            (reference.Key is { } key ? byKey.GetValueOrDefault(key) : byNumber.GetValueOrDefault(reference.Number!.Value))?.Key
            ?? throw new EntityNotFoundException(entity, reference.ToString())).Distinct()];
    }

    private sealed record Row(Guid Key, long Number);
}
