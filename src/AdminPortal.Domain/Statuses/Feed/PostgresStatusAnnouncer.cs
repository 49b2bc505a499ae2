using System.Text.Json;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Several hosts (PostgreSQL): <c>pg_notify</c> inside the writing transaction. PostgreSQL delivers the notification to
/// every listening host (<see cref="PostgresStatusListener"/>, this one included) when the transaction commits, and drops
/// it when it rolls back.
/// </summary>
internal sealed class PostgresStatusAnnouncer(AdminPortalDbContext db) : IStatusAnnouncer
{
    public const string Channel = "adminportal_status";

    public async Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(change);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
    }
}
