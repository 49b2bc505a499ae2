using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Queue status now and service level over the last minutes, as the manager API reads them (seed 004's
/// <c>menus/current_status</c>, <c>menus/sla</c>, <c>menus/sla_by_queue_groups</c>): the live-queue queries, read by
/// admins, supervisors and organisation credentials of the organisation.
/// </summary>
public sealed class QueueReports(AdminPortalDbContext db, QueueStatusQuery status, ServiceLevelQuery serviceLevels)
{
    /// <summary>The queues (menu, language, calls or chats) where someone waits now.</summary>
    public Task<IReadOnlyList<QueueStatus>> WaitingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        return status.CurrentAsync(new QueueFilter(), cancellationToken);
    }

    /// <summary>The queues of one kind with waits that ended in the last <paramref name="minutes"/>.</summary>
    public Task<IReadOnlyList<QueueServiceLevel>> ByQueueAsync(Actor actor, int minutes, ContactKind kind, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        return serviceLevels.ByQueueAsync(minutes, kind, cancellationToken);
    }

    /// <summary>Every queue group, with its menus' waits of one kind that ended in the last <paramref name="minutes"/>.</summary>
    public Task<IReadOnlyList<GroupServiceLevel>> ByQueueGroupAsync(Actor actor, int minutes, ContactKind kind, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        return serviceLevels.ByQueueGroupAsync(minutes, kind, cancellationToken);
    }
}
