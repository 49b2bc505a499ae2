using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AdminPortal.Web.Api.RateLimiting;

/// <summary>The organisation's <c>api_rate_limit_per_second</c>, cached briefly so the limiter costs no query per request.</summary>
public sealed class OrganisationQuotas(IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

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
        limit = stored is > 0 ? stored.Value : Organisation.DefaultApiRateLimitPerSecond;
        return cache.Set(Key(organisationId), limit, CacheFor);
    }

    /// <summary>Call after an organisation's limit changed so it applies at once.</summary>
    public void Forget(Guid organisationId) => cache.Remove(Key(organisationId));

    private static string Key(Guid organisationId) => $"api-rate-limit:{organisationId}";
}
