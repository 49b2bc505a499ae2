using System.Threading.RateLimiting;
using JsonApi.Endpoints;
using JsonApi.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// An atomic request counts against the organisation's rate limit once per operation: the request itself took one permit at the
/// rate limiter, this takes the other <c>operationCount - 1</c> from the same limiter before anything runs. Over the quota it answers
/// 429 with Retry-After; a request carrying more operations than the organisation may make in a second could never pass, so it
/// answers 413 (split it).
/// </summary>
public sealed class AtomicOperationsQuota(IOptions<RateLimiterOptions> options) : IAtomicOperationsGate
{
    public async ValueTask AdmitAsync(HttpContext http, int operationCount, CancellationToken cancellationToken)
    {
        if (operationCount <= 1 || ApiRateLimiting.QuotaOf(http) is not { } quota || options.Value.GlobalLimiter is not { } limiter)
        {
            return;
        }

        if (operationCount > quota.PerSecond)
        {
            throw new TooManyOperationsException(operationCount, quota.PerSecond);
        }

        // the limiters never queue: an acquisition that does not fit answers at once
        using var lease = await limiter.AcquireAsync(http, operationCount - 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
            throw new TooManyRequestsException(
                $"The organisation's rate limit ({quota.PerSecond} per second) has no room for the {operationCount} operations of this request; "
                + $"retry after {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.", wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);
        }
    }
}
