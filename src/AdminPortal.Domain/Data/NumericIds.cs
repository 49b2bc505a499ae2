using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>
/// Hands out <see cref="INumbered.NumericId"/>s from the organisation's counter row (<see cref="NumericIdCounter"/>):
/// one upsert per kind of row reserves a whole block, on the caller's connection and transaction, so ids of rolled-back
/// rows are handed out again only because the counter rolled back with them, and ids of deleted rows never are.
/// The upsert takes the counter row's lock until commit (PostgreSQL) or runs under the write lock (SQLite), so concurrent
/// writers never receive the same block. Rows that already carry an id (the demo's seed ids) keep it and push the
/// counter past it; built-in statuses keep their seed 004 id.
/// </summary>
public static class NumericIds
{
    /// <summary>Numbers the added rows of the context's change tracker; returns the rows numbered (to undo on failure).</summary>
    public static async Task<IReadOnlyList<INumbered>> NumberAddedAsync(AdminPortalDbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<INumbered>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        return added.Count == 0 ? [] : await NumberAsync(db, added, cancellationToken);
    }

    /// <summary>Numbers rows before a bulk insert (<see cref="Seeding.BulkInserter"/>): one statement per organisation and kind.</summary>
    public static async Task<IReadOnlyList<INumbered>> NumberAsync(AdminPortalDbContext db, IEnumerable<INumbered> rows, CancellationToken cancellationToken)
    {
        var numbered = new List<INumbered>();
        foreach (var group in rows.GroupBy(r => (r.OrganisationId, Kind: KindOf(r))).OrderBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var floor = 0L;
            var missing = new List<INumbered>();
            foreach (var row in group)
            {
                if (row is UserStatus { BuiltInId: { } builtInId })
                {
                    row.NumericId = builtInId;
                }
                else if (row.NumericId == 0)
                {
                    missing.Add(row);
                }
                else
                {
                    floor = Math.Max(floor, row.NumericId);
                }
            }

            if (missing.Count == 0 && floor == 0)
            {
                continue;
            }

            var last = await ReserveAsync(db, group.Key.OrganisationId, group.Key.Kind, missing.Count, floor, cancellationToken);
            var next = last - missing.Count + 1;
            foreach (var row in missing)
            {
                row.NumericId = next++;
                numbered.Add(row);
            }
        }

        return numbered;
    }

    /// <summary>The counter's kind for a row: the entity's name (<c>Agent</c>, <c>Team</c>, …).</summary>
    public static string KindOf(INumbered row) => row.GetType().Name;

    /// <summary>Raises the counter to at least <paramref name="floor"/>, then by <paramref name="count"/>; returns its new value.</summary>
    private static async Task<long> ReserveAsync(AdminPortalDbContext db, Guid organisationId, string kind, int count, long floor, CancellationToken cancellationToken)
    {
        var values = await db.Database.SqlQueryRaw<long>(db.Database.IsNpgsql() ? PostgresReserve : SqliteReserve, organisationId, kind, floor, (long)count)
            .ToListAsync(cancellationToken);
        return values.Single();
    }

    private const string SqliteReserve = """
        INSERT INTO numeric_id_counters (organisation_id, kind, last_value) VALUES ({0}, {1}, {2} + {3})
        ON CONFLICT (organisation_id, kind) DO UPDATE SET last_value = max(numeric_id_counters.last_value, {2}) + {3}
        RETURNING last_value AS "Value"
        """;

    private const string PostgresReserve = """
        INSERT INTO numeric_id_counters (organisation_id, kind, last_value) VALUES ({0}, {1}, {2} + {3})
        ON CONFLICT (organisation_id, kind) DO UPDATE SET last_value = GREATEST(numeric_id_counters.last_value, {2}) + {3}
        RETURNING last_value AS "Value"
        """;
}
