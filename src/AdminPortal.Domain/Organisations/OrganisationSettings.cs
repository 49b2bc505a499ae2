using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Organisations;

/// <summary>Told when an organisation's rate limit changed, so a cached quota follows at once.</summary>
public interface IRateLimitListener
{
    void RateLimitChanged(Guid organisationId, int perSecond);
}

/// <summary>The settings an admin changes for its own organisation: today the API rate limit.</summary>
public sealed class OrganisationSettings(AdminPortalDbContext db, IEnumerable<IRateLimitListener> listeners)
{
    public const int MinApiRateLimitPerSecond = 1;
    public const int MaxApiRateLimitPerSecond = 10_000;

    public async Task<Organisation> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        db.EnsureTenant(actor);
        return await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == actor.OrganisationId, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Organisation), actor.OrganisationId);
    }

    public async Task<Organisation> SetApiRateLimitAsync(Actor actor, Guid organisationId, int perSecond, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "change the organisation's settings");
        if (organisationId != actor.OrganisationId)
        {
            throw new EntityNotFoundException(nameof(Organisation), organisationId);
        }

        ValidateRateLimit(perSecond);
        var organisation = await db.InTransactionAsync(async () =>
        {
            var found = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Organisation), organisationId);
            found.ApiRateLimitPerSecond = perSecond;
            await db.SaveChangesAsync(cancellationToken);
            return found;
        }, cancellationToken);

        foreach (var listener in listeners)
        {
            listener.RateLimitChanged(organisationId, perSecond);
        }

        return organisation;
    }

    public static void ValidateRateLimit(int perSecond)
    {
        if (perSecond is < MinApiRateLimitPerSecond or > MaxApiRateLimitPerSecond)
        {
            throw ValidationFailedException.For("api_rate_limit_per_second",
                $"The rate limit must be between {MinApiRateLimitPerSecond} and {MaxApiRateLimitPerSecond} requests per second.");
        }
    }
}
