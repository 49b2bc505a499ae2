using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Hosting;

/// <summary><c>Shutdown:DrainTimeout</c>: how long a stopping host waits for its open pages to move to another host.</summary>
public sealed class DrainOptions
{
    public const string Section = "Shutdown";

    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// A graceful stop (SIGTERM, <c>docker compose stop</c>) drains the host before it closes: it stops taking new pages and
/// circuits (<see cref="DrainingRefusal"/>), reports itself unhealthy (<see cref="DrainingHealthCheck"/>) so the proxy sends
/// new requests elsewhere, tells every open page to load again (through the proxy, from another host), and waits until
/// they have gone or <see cref="DrainOptions.DrainTimeout"/> has passed. Then the host stops as usual (its presence rows are
/// released by the presence sweep).
/// </summary>
public sealed class HostDrain(IOptions<DrainOptions> options, TimeProvider clock, ILogger<HostDrain> logger) : IHostedLifecycleService
{
    private readonly Lock _gate = new();
    private readonly HashSet<Page> _pages = [];
    private TaskCompletionSource _empty = NewSignal();
    private volatile bool _draining;

    public bool Draining => _draining;

    /// <summary>How many pages have a live connection to this host.</summary>
    public int OpenPages
    {
        get
        {
            lock (_gate)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>A page connected to this host; <paramref name="leave"/> asks it to load again elsewhere. Dispose when it disconnects.</summary>
    public IDisposable Join(Func<Task> leave)
    {
        var page = new Page(this, leave);
        bool draining;
        lock (_gate)
        {
            _pages.Add(page);
            _empty = _empty.Task.IsCompleted ? NewSignal() : _empty;
            draining = _draining;
        }

        if (draining)
        {
            _ = TellAsync(page);
        }

        return page;
    }

    /// <summary>Stops taking pages, tells the open ones to go, and waits for them (at most the drain timeout).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Page[] pages;
        Task empty;
        lock (_gate)
        {
            _draining = true;
            pages = [.. _pages];
            empty = pages.Length == 0 ? Task.CompletedTask : _empty.Task;
        }

        logger.LogInformation("Draining: {Pages} open pages are asked to load again from another host", pages.Length);
        await Task.WhenAll(pages.Select(TellAsync));
        try
        {
            await empty.WaitAsync(options.Value.DrainTimeout, clock, cancellationToken);
            logger.LogInformation("Drained: no page is open on this host");
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Drain timeout: {Pages} pages were still open after {Timeout}", OpenPages, options.Value.DrainTimeout);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The shutdown timeout ended the drain with {Pages} pages open", OpenPages);
        }
    }

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task TellAsync(Page page)
    {
        try
        {
            await page.Leave();
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "A page could not be told to load again; it goes when its connection closes");
        }
    }

    private void Left(Page page)
    {
        lock (_gate)
        {
            if (_pages.Remove(page) && _pages.Count == 0)
            {
                _empty.TrySetResult();
            }
        }
    }

    private sealed class Page(HostDrain drain, Func<Task> leave) : IDisposable
    {
        private int _left;

        public Func<Task> Leave => leave;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                drain.Left(this);
            }
        }
    }
}

/// <summary>Unhealthy while the host drains, so a proxy or orchestrator that reads <c>/health</c> stops sending it requests.</summary>
public sealed class DrainingHealthCheck(HostDrain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drain.Draining
            ? new HealthCheckResult(context.Registration.FailureStatus, "This host is shutting down; its pages move to another host.")
            : HealthCheckResult.Healthy());
}

/// <summary>
/// While the host drains, pages and circuits (everything but <c>/api</c> and <c>/health</c>) answer 503 with
/// <c>Retry-After</c>: a proxy retries them on another host (nginx: <c>proxy_next_upstream http_503</c>); a browser
/// that reached this host directly sees a short notice that reloads itself.
/// </summary>
public sealed class DrainingRefusal(RequestDelegate next, HostDrain drain)
{
    public const string Notice =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"3\">" +
        "<title>AdminPortal is restarting</title></head><body><p>This server is restarting. The page loads again in a moment.</p></body></html>";

    public Task InvokeAsync(HttpContext context)
    {
        if (!drain.Draining || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health"))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "3";
        context.Response.Headers.Connection = "close";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Notice);
    }
}
