using System.Threading.RateLimiting;
using AdminPortal.Domain.Organisations;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// One organisation's quota on PostgreSQL, shared by every host: each acquisition is counted in the database
/// (<see cref="SharedRateWindows"/>). It is asynchronous only: <see cref="AttemptAcquireCore"/> declines, so the rate
/// limiter middleware waits on <see cref="AcquireAsyncCore"/>, which never queues.
/// </summary>
public sealed class SharedWindowLimiter(SharedRateWindows windows, Guid organisationId, int perSecond) : RateLimiter
{
    public override TimeSpan? IdleDuration => TimeSpan.Zero;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Declined;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        var answer = await windows.TryTakeAsync(organisationId, permitCount, perSecond, cancellationToken);
        return answer.IsTaken ? Lease.Granted : new Lease(false, answer.RetryAfter);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Declined = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
