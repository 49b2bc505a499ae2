using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>Readiness of the cross-host status feed: unhealthy while the listening connection is down.</summary>
public sealed class StatusFeedHealthCheck(PostgresFeedListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.IsListening
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The status feed is not listening to PostgreSQL."));
}
