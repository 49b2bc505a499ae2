using System.Threading.RateLimiting;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// A fixed window limiter that reads the host's <see cref="TimeProvider"/>: windows start at multiples of the window's
/// length, so every partition turns over at the same moment, and tests move the clock instead of waiting. No queue: a
/// request over the window's permits is refused at once, with the time to the next window as its Retry-After.
/// </summary>
public sealed class ClockedFixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private static readonly RateLimitLease _acquired = new WindowLease(true, null);
    private readonly Lock _gate = new();
    private long _window = long.MinValue;
    private int _used;
    private long _idleSince = clock.GetUtcNow().UtcTicks;
    private long _successful;
    private long _failed;

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = clock.GetUtcNow().UtcTicks;
            lock (_gate)
            {
                return now >= _idleSince ? TimeSpan.FromTicks(now - _idleSince) : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            Roll(clock.GetUtcNow().UtcTicks);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = permitLimit - _used,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit);
        var now = clock.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            Roll(now);
            if (permitLimit - _used >= Math.Max(1, permitCount))
            {
                _used += permitCount;
                _successful++;
                _idleSince = (_window + 1) * window.Ticks;
                return _acquired;
            }

            _failed++;
            return new WindowLease(false, TimeSpan.FromTicks(((_window + 1) * window.Ticks) - now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Roll(long now)
    {
        var current = now / window.Ticks;
        if (current != _window)
        {
            _window = current;
            _used = 0;
        }
    }

    private sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
