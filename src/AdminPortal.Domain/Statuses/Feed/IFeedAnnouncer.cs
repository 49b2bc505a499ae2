using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Announces a status change or a queue event from inside the transaction that writes it. Subscribers (the status and
/// queue feeds of every host) hear of it only once that transaction commits: a rolled-back transaction (a failed atomic
/// batch, a retried attempt) announces nothing.
/// </summary>
public interface IFeedAnnouncer
{
    Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken);

    Task AnnounceAsync(QueueChanged change, CancellationToken cancellationToken);
}
