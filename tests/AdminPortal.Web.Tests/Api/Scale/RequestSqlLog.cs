using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Web.Tests.Api.Scale;

/// <summary>The SQL statements each HTTP request runs, keyed by the request's <see cref="Header"/>, with <see cref="Begin"/>,
/// <see cref="Commit"/> and <see cref="Rollback"/> where its transactions begin and end (add <see cref="Transactions"/> too);
/// statements of background work (presence sweeps, planner maintenance) carry no such header and are not recorded.</summary>
public sealed class RequestSqlLog : DbCommandInterceptor
{
    public const string Header = "X-Sql-Log";
    public const string Begin = "-- begin transaction";
    public const string Commit = "-- commit";
    public const string Rollback = "-- rollback";

    public RequestSqlLog() => Transactions = new TransactionMarks(this);

    /// <summary>The interceptor that marks where the requests' transactions begin and end.</summary>
    public IInterceptor Transactions { get; }

    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _statements = new();

    /// <summary>The statements of the request that carried <paramref name="key"/>, in the order they ran.</summary>
    public IReadOnlyList<string> Of(string key) => _statements.TryGetValue(key, out var statements) ? [.. statements] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) => Record(command.CommandText);

    private void Record(string statement)
    {
        if (_http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _statements.GetOrAdd(key, _ => new ConcurrentQueue<string>()).Enqueue(statement);
        }
    }

    private sealed class TransactionMarks(RequestSqlLog log) : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result)
        {
            log.Record(Begin);
            return result;
        }

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            log.Record(Begin);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => log.Record(Commit);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            log.Record(Commit);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => log.Record(Rollback);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            log.Record(Rollback);
            return Task.CompletedTask;
        }
    }
}
