using AdminPortal.Domain.Data;
using AdminPortal.Domain.Queues;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>One host (SQLite): the change waits beside its transaction and reaches this host's feeds when it commits.</summary>
internal sealed class AfterCommitAnnouncer(AdminPortalDbContext db, CommittedChanges committed) : IFeedAnnouncer
{
    public Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken) => HoldAsync(change);

    public Task AnnounceAsync(QueueChanged change, CancellationToken cancellationToken) => HoldAsync(change);

    private Task HoldAsync(object change)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A change is announced inside the transaction that writes it.");
        committed.Hold(transaction.GetDbTransaction(), change);
        return Task.CompletedTask;
    }
}
