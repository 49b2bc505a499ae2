using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdminPortal.Domain.Organisations;

/// <summary>
/// Creates organisations with their built-in statuses in one transaction. Works without a tenant set
/// (start-up seeding, test fixtures, sign-up), since it reads across organisations with <c>IgnoreQueryFilters()</c>.
/// </summary>
public sealed class OrganisationProvisioning(AdminPortalDbContext db, TimeProvider clock, IOptions<OrganisationDefaults> defaults)
{
    public async Task<Organisation> CreateAsync(string name, string subdomain, int? apiRateLimitPerSecond = null, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = "Name is required.";
        }

        if (string.IsNullOrWhiteSpace(subdomain))
        {
            errors["subdomain"] = "Subdomain is required.";
        }

        if (apiRateLimitPerSecond is < OrganisationSettings.MinApiRateLimitPerSecond or > OrganisationSettings.MaxApiRateLimitPerSecond)
        {
            errors["api_rate_limit_per_second"] =
                $"The rate limit must be between {OrganisationSettings.MinApiRateLimitPerSecond} and {OrganisationSettings.MaxApiRateLimitPerSecond} requests per second.";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        subdomain = subdomain.Trim().ToLowerInvariant();
        if (await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Subdomain == subdomain, cancellationToken))
        {
            throw new ConflictException($"The subdomain '{subdomain}' is already taken.");
        }

        var organisation = new Organisation
        {
            Name = name.Trim(),
            Subdomain = subdomain,
            ApiRateLimitPerSecond = apiRateLimitPerSecond ?? defaults.Value.ApiRateLimitPerSecond,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organisations.Add(organisation);
        db.UserStatuses.AddRange(BuiltInStatuses.All.Select(s => s.CreateFor(organisation.Id)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return organisation;
    }

    /// <summary>Adds any built-in status an existing organisation lacks (older databases); returns how many were added.</summary>
    public async Task<int> EnsureBuiltInStatusesAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var present = await db.UserStatuses.IgnoreQueryFilters()
            .Where(s => s.OrganisationId == organisationId && s.BuiltInId != null)
            .Select(s => s.BuiltInId!.Value)
            .ToListAsync(cancellationToken);
        var missing = BuiltInStatuses.All.Where(s => !present.Contains(s.BuiltInId)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        db.UserStatuses.AddRange(missing.Select(s => s.CreateFor(organisationId)));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
