using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>
/// Keeps the database's query-planner statistics current. SQLite gathers none by itself: without them it guesses that
/// an organisation_id index is selective and plans team member counts as scans of every agent (seconds per page at
/// 10,000 agents instead of milliseconds). PostgreSQL's autovacuum analyzes on its own, but only a while after bulk loads.
/// </summary>
public static class QueryPlannerStatistics
{
    /// <summary>Rows sampled per index on SQLite: enough for the planner, quick on a million-row database.</summary>
    private const int SqliteAnalysisLimit = 1000;

    /// <summary>Gathers fresh statistics for every table (after bulk writes).</summary>
    public static async Task RefreshAsync(AdminPortalDbContext db, CancellationToken cancellationToken = default)
    {
        var sql = db.Database.IsSqlite() ? $"PRAGMA analysis_limit={SqliteAnalysisLimit}; ANALYZE;" : "ANALYZE;";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>
    /// Analyzes the SQLite tables that have no statistics yet or changed much since (<c>PRAGMA optimize</c> over every
    /// table), else does nothing: cheap enough for every start-up and every hour. A no-op on PostgreSQL.
    /// </summary>
    public static async Task OptimizeAsync(AdminPortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit={SqliteAnalysisLimit}; PRAGMA optimize=0x10002;", cancellationToken);
        }
    }
}
