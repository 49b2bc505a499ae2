using AdminPortal.Domain.Data;
using AdminPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>
/// The organisation's <c>api_rate_limit_per_second</c>, cached for <see cref="CacheFor"/> so the limiter costs no query
/// per request. A change made on this host (settings page, <c>PATCH /api/organisations/{id}</c>) applies to the next
/// request; another host picks it up within <see cref="CacheFor"/>.
/// </summary>
public sealed class OrganisationQuotas(IMemoryCache cache, IOptions<OrganisationDefaults> defaults) : IRateLimitListener
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public async Task<int> PerSecondAsync(Guid organisationId, AdminPortalDbContext db, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(organisationId), out int limit))
        {
            return limit;
        }

        var stored = await db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => (int?)o.ApiRateLimitPerSecond)
            .FirstOrDefaultAsync(cancellationToken);
        limit = stored is > 0 ? stored.Value : defaults.Value.ApiRateLimitPerSecond;
        return cache.Set(Key(organisationId), limit, CacheFor);
    }

    /// <summary>Call after an organisation's limit changed so it applies at once.</summary>
    public void Forget(Guid organisationId) => cache.Remove(Key(organisationId));

    public void RateLimitChanged(Guid organisationId, int perSecond) => cache.Set(Key(organisationId), perSecond, CacheFor);

    private static string Key(Guid organisationId) => $"api-rate-limit:{organisationId}";
}
