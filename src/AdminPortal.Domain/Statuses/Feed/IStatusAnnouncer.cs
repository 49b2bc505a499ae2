namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Announces a status change from inside the transaction that writes it. Subscribers hear of it only once that transaction
/// commits: a rolled-back transaction (a failed atomic batch, a retried attempt) announces nothing.
/// </summary>
public interface IStatusAnnouncer
{
    Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken);
}
