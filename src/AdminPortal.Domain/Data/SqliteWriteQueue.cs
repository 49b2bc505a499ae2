using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Domain.Data;

/// <summary>
/// One writer at a time per SQLite database in this process, in the order they asked. SQLite allows one write transaction at
/// a time; left to itself, every other writer polls inside <c>sqlite3_busy_timeout</c> with sleeps that grow to 100 ms, so
/// under concurrency a waiting writer sleeps long after the lock came free and latency tails reach seconds. Here a transaction
/// first waits its turn in an async FIFO queue, then begins (<c>BEGIN IMMEDIATE</c>, Microsoft.Data.Sqlite's default, so it
/// holds the write lock from its first statement and never fails to upgrade a read), and hands the turn on when it commits,
/// rolls back or its connection closes. Writers of other processes (a seed command) still meet the busy timeout.
/// The meter <see cref="MeterName"/> records how long each transaction waited for its turn and held it.
/// </summary>
public static class SqliteWriteQueue
{
    public const string MeterName = "AdminPortal.Sqlite";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Milliseconds a write transaction waited for the database's write turn.</summary>
    public static readonly Histogram<double> TurnWaited = Meter.CreateHistogram<double>(
        "adminportal.sqlite.write_turn.waited", "ms", "How long a write transaction waited for the database's write turn");

    /// <summary>Milliseconds a write transaction held the turn, from its BEGIN to its commit, rollback or close.</summary>
    public static readonly Histogram<double> TurnHeld = Meter.CreateHistogram<double>(
        "adminportal.sqlite.write_turn.held", "ms", "How long a write transaction held the database's write turn");

    /// <summary>How long a transaction waits for its turn before beginning anyway (and meeting SQLite's busy timeout).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(SqliteConnectionSetup.BusyTimeoutMilliseconds);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> _queues = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Turn> _byConnection = [];
    private static readonly ConditionalWeakTable<DbTransaction, Turn> _byTransaction = [];

    public static IInterceptor[] Interceptors { get; } = [new Transactions(), new Connections()];

    private static async ValueTask WaitForTurnAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        HandOn(connection);
        var queue = _queues.GetOrAdd(KeyOf(sqlite), static _ => new SemaphoreSlim(1, 1));
        var asked = Stopwatch.GetTimestamp();
        if (await queue.WaitAsync(MaxWait, cancellationToken))
        {
            TurnWaited.Record(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
            _byConnection.AddOrUpdate(connection, new Turn(queue));
        }
    }

    private static void WaitForTurn(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        HandOn(connection);
        var queue = _queues.GetOrAdd(KeyOf(sqlite), static _ => new SemaphoreSlim(1, 1));
        var asked = Stopwatch.GetTimestamp();
        if (queue.Wait(MaxWait))
        {
            TurnWaited.Record(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
            _byConnection.AddOrUpdate(connection, new Turn(queue));
        }
    }

    /// <summary>The turn a connection waited for belongs to the transaction it began.</summary>
    private static void Began(DbConnection connection, DbTransaction transaction)
    {
        if (_byConnection.TryGetValue(connection, out var turn))
        {
            _byTransaction.AddOrUpdate(transaction, turn);
        }
    }

    /// <summary>Ends the connection's turn, if it has one.</summary>
    private static void HandOn(DbConnection connection)
    {
        if (_byConnection.TryGetValue(connection, out var turn))
        {
            _byConnection.Remove(connection);
            turn.End();
        }
    }

    /// <summary>Ends the transaction's turn, if it has one (its connection is gone from it once it completed).</summary>
    private static void HandOn(DbTransaction transaction)
    {
        if (_byTransaction.TryGetValue(transaction, out var turn))
        {
            _byTransaction.Remove(transaction);
            turn.End();
        }
    }

    /// <summary>One queue per database file (or per connection string for in-memory databases).</summary>
    private static string KeyOf(SqliteConnection connection)
    {
        var source = connection.DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? connection.ConnectionString
            : Path.GetFullPath(source);
    }

    private sealed class Turn(SemaphoreSlim queue)
    {
        private readonly long _began = Stopwatch.GetTimestamp();
        private int _ended;

        public void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                TurnHeld.Record(Stopwatch.GetElapsedTime(_began).TotalMilliseconds);
                queue.Release();
            }
        }
    }

    private sealed class Transactions : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result)
        {
            WaitForTurn(connection);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await WaitForTurnAsync(connection, cancellationToken);
            return result;
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Began(connection, result);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
            CancellationToken cancellationToken = default)
        {
            Began(connection, result);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => HandOn(transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            HandOn(transaction);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => HandOn(transaction);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            HandOn(transaction);
            return Task.CompletedTask;
        }

        public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => HandOn(transaction);

        public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            HandOn(transaction);
            return Task.CompletedTask;
        }
    }

    /// <summary>A transaction disposed without commit or rollback ends with its connection at the latest.</summary>
    private sealed class Connections : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            HandOn(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            HandOn(connection);
            return ValueTask.FromResult(result);
        }
    }
}
