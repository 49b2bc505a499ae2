using System.Globalization;
using System.Threading.RateLimiting;
using AdminPortal.Domain.Organisations;
using AdminPortal.Web.Api.Errors;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// Per-organisation fixed windows of one second (the organisation's <c>api_rate_limit_per_second</c>), so one
/// organisation's burst never slows another. On SQLite the windows run on the host's <see cref="TimeProvider"/>; on
/// PostgreSQL they are counted in the database, so the quota holds for all hosts together (<see cref="SharedWindowLimiter"/>).
/// Requests without a token get generous per-address windows
/// (<see cref="AnonymousPartitions"/>).
/// Over the quota: 429 with Retry-After and a JSON:API error.
/// </summary>
public static class ApiRateLimiting
{
    public const string AnonymousLimitKey = "Api:AnonymousRateLimitPerSecond";
    private const int DefaultAnonymousLimit = 100;
    private static readonly object _quotaKey = new();

    public sealed record Quota(Guid OrganisationId, int PerSecond);

    /// <summary>Set by the API request middleware once the caller's organisation is known.</summary>
    public static void UseQuota(HttpContext context, Quota quota) => context.Items[_quotaKey] = quota;

    /// <summary>The organisation's quota the request counts against; null for a request without credentials.</summary>
    public static Quota? QuotaOf(HttpContext context) => context.Items[_quotaKey] as Quota;

    public static WebApplicationBuilder AddApiRateLimiting(this WebApplicationBuilder builder)
    {
        var anonymousLimit = builder.Configuration.GetValue(AnonymousLimitKey, DefaultAnonymousLimit);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<OrganisationQuotas>();
        builder.Services.AddSingleton<AdminPortal.Domain.Organisations.IRateLimitListener>(sp => sp.GetRequiredService<OrganisationQuotas>());
        builder.Services.AddSingleton<JsonApi.Endpoints.IAtomicOperationsGate, AtomicOperationsQuota>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!ApiPaths.IsApi(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("not-api");
                }

                if (context.Items[_quotaKey] is Quota quota)
                {
                    var key = $"org:{quota.OrganisationId}:{quota.PerSecond}";
                    return context.RequestServices.GetService<SharedRateWindows>() is { } shared
                        ? RateLimitPartition.Get(key, _ => new SharedWindowLimiter(shared, quota.OrganisationId, quota.PerSecond))
                        : RateLimitPartition.Get(key, _ => PerSecond(context, quota.PerSecond));
                }

                return AnonymousPartitions.For(context, anonymousLimit);
            });
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var whose = rejected.HttpContext.Items[_quotaKey] is Quota ? "The organisation's rate limit" : "The limit for requests without a token from this address";
                await ApiErrorWriter.WriteAsync(rejected.HttpContext, new ApiError(
                    StatusCodes.Status429TooManyRequests, "Too many requests", $"{whose} was exceeded; retry after {retryAfter} s."));
            };
        });
        return builder;
    }

    /// <summary>A window of one second on the host's clock.</summary>
    public static RateLimiter PerSecond(HttpContext context, int permits) =>
        new ClockedFixedWindowLimiter(permits, TimeSpan.FromSeconds(1), context.RequestServices.GetRequiredService<TimeProvider>());
}
