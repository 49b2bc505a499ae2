using System.Data.Common;
using System.Runtime.CompilerServices;
using AdminPortal.Domain.Queues;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Holds the changes announced in each open transaction (a singleton interceptor of the DbContext) and publishes them to
/// the feeds when that transaction commits. A transaction that rolls back, or is dropped unfinished, takes its changes with it.
/// </summary>
internal sealed class CommittedChanges(IStatusFeed statusFeed, IQueueFeed queueFeed) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, List<object>> _held = [];

    public void Hold(DbTransaction transaction, object change)
    {
        var changes = _held.GetValue(transaction, _ => []);
        lock (changes)
        {
            changes.Add(change);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _held.Remove(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _held.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Release(DbTransaction transaction)
    {
        if (!_held.TryGetValue(transaction, out var changes))
        {
            return;
        }

        _held.Remove(transaction);
        lock (changes)
        {
            foreach (var change in changes)
            {
                switch (change)
                {
                    case AgentStatusChanged status:
                        statusFeed.Publish(status);
                        break;
                    case QueueChanged queue:
                        queueFeed.Publish(queue);
                        break;
                }
            }
        }
    }
}
