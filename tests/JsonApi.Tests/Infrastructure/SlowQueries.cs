using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApi.Tests.Infrastructure;

/// <summary>Makes the queries of a request with header <c>X-Slow-Query</c> take 30 s unless their cancellation token fires,
/// and remembers whether it fired: proof that the token the library hands to EF Core is the request's.</summary>
public sealed class SlowQueries(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Slow-Query";

    private readonly TaskCompletionSource<bool> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a slow query is running.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes with true once a slow query was cancelled (false if it ran its 30 s).</summary>
    public Task<bool> Cancelled => _cancelled.Task;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await SlowDownAsync(cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await SlowDownAsync(cancellationToken);
        return result;
    }

    private async Task SlowDownAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Request.Headers.ContainsKey(Header) != true)
        {
            return;
        }

        try
        {
            _started.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            _cancelled.TrySetResult(false);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult(true);
            throw;
        }
    }
}
