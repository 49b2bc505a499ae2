using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>One host (SQLite): the change waits beside its transaction and reaches this host's feed when it commits.</summary>
internal sealed class AfterCommitAnnouncer(AdminPortalDbContext db, CommittedChanges committed) : IStatusAnnouncer
{
    public Task AnnounceAsync(AgentStatusChanged change, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A status change is announced inside the transaction that writes it.");
        committed.Hold(transaction.GetDbTransaction(), change);
        return Task.CompletedTask;
    }
}
