using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApi.Tests.Infrastructure;

/// <summary>Captures every SQL command the API runs, and with <see cref="Transactions"/> where its transactions begin and end.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    public const string Begin = "-- begin transaction";
    public const string Commit = "-- commit";

    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<string> _timeline = new();

    public SqlLog() => Transactions = new TransactionMarks(this);

    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The commands with <see cref="Begin"/> and <see cref="Commit"/> where transactions began and committed.</summary>
    public IReadOnlyList<string> Timeline => [.. _timeline];

    /// <summary>The interceptor that marks transactions in <see cref="Timeline"/>.</summary>
    public IInterceptor Transactions { get; }

    public void Clear()
    {
        _commands.Clear();
        _timeline.Clear();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        _commands.Enqueue(command.CommandText);
        _timeline.Enqueue(command.CommandText);
    }

    private sealed class TransactionMarks(SqlLog log) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            log._timeline.Enqueue(Begin);
            return ValueTask.FromResult(result);
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            log._timeline.Enqueue(Commit);
            return Task.CompletedTask;
        }
    }
}
