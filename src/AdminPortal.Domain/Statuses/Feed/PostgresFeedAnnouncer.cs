using System.Text.Json;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Queues;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Several hosts (PostgreSQL): <c>pg_notify</c> inside the writing transaction. PostgreSQL delivers the notification to
/// every listening host (<see cref="PostgresFeedListener"/>, this one included) when the transaction commits, and drops
/// it when it rolls back.
/// </summary>
internal sealed class PostgresFeedAnnouncer(AdminPortalDbContext db) : IFeedAnnouncer
{
    public const string StatusChannel = "adminportal_status";
    public const string QueueChannel = "adminportal_queue";

    public Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken) =>
        NotifyAsync(StatusChannel, JsonSerializer.Serialize(change), cancellationToken);

    public Task AnnounceAsync(QueueChanged change, CancellationToken cancellationToken) =>
        NotifyAsync(QueueChannel, JsonSerializer.Serialize(change), cancellationToken);

    private async Task NotifyAsync(string channel, string payload, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})", cancellationToken);
}
