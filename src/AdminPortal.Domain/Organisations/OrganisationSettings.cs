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

    public const int MaxWrapUpSeconds = 3600;

    /// <summary>
    /// The queue defaults of the organisation (admins): wrap-up seconds after a call or chat (0–3600), and the service level
    /// of menus with none of their own (seconds, 1–86400) and outside a queue group (target percent, 1–100). Null keeps a value.
    /// </summary>
    public async Task<Organisation> SetQueueDefaultsAsync(
        Actor actor, Guid organisationId, int? wrapUpSeconds, int? serviceLevelSeconds, int? serviceLevelTargetPercent, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "change the organisation's settings");
        if (organisationId != actor.OrganisationId)
        {
            throw new EntityNotFoundException(nameof(Organisation), organisationId);
        }

        var errors = new Dictionary<string, string>();
        if (wrapUpSeconds is < 0 or > MaxWrapUpSeconds)
        {
            errors["wrap_up_seconds"] = $"wrap_up_seconds must be between 0 and {MaxWrapUpSeconds}.";
        }

        if (serviceLevelSeconds is < 1 or > QueueGroups.QueueGroupService.MaxServiceLevelSeconds)
        {
            errors["service_level_seconds"] = $"service_level_seconds must be between 1 and {QueueGroups.QueueGroupService.MaxServiceLevelSeconds}.";
        }

        if (serviceLevelTargetPercent is < 1 or > 100)
        {
            errors["service_level_target_percent"] = "service_level_target_percent must be between 1 and 100.";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return await db.InTransactionAsync(async () =>
        {
            var found = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Organisation), organisationId);
            found.WrapUpSeconds = wrapUpSeconds ?? found.WrapUpSeconds;
            found.ServiceLevelSeconds = serviceLevelSeconds ?? found.ServiceLevelSeconds;
            found.ServiceLevelTargetPercent = serviceLevelTargetPercent ?? found.ServiceLevelTargetPercent;
            await db.SaveChangesAsync(cancellationToken);
            return found;
        }, cancellationToken);
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
