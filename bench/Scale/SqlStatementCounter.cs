using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Scale;

/// <summary>Counts the SQL statements each HTTP request runs, keyed by the request's <see cref="Header"/>; statements of
/// background work (presence sweeps, planner maintenance) carry no such header and are not counted.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    public const string Header = "X-Bench-Request";

    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    /// <summary>Statements run by the request that carried <paramref name="key"/>, forgetting it.</summary>
    public int Take(string key) => _counts.TryRemove(key, out var count) ? count : 0;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (_http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _counts.AddOrUpdate(key, 1, (_, count) => count + 1);
        }
    }
}
