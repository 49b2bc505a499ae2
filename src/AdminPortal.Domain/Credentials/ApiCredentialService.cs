using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Credentials;

/// <summary>
/// API credentials of the organisation. The secret is returned once by <see cref="CreateAsync"/> and kept only as a hash
/// (<see cref="ApiSecrets"/>). <see cref="AuthenticateAsync"/> reads the database on every request, so revoking takes
/// effect at once; <c>last_used_at</c> is written at most once per <see cref="LastUsedResolution"/> per credential.
/// </summary>
public sealed class ApiCredentialService(AdminPortalDbContext db, TimeProvider clock) : IApiCredentialService
{
    public const int NameMaxLength = 200;
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>More matching organisation credentials than this are not tried (an organisation needs a handful).</summary>
    private const int MaxCandidates = 100;

    public async Task<CreatedApiCredential> CreateAsync(Actor actor, ApiCredentialRequest request, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage API credentials");
        var name = Validate(request);
        return await db.InTransactionAsync(async () =>
        {
            if (request.AgentId is { } agentId && !await db.Agents.Active().AnyAsync(a => a.Id == agentId, cancellationToken))
            {
                throw new EntityNotFoundException(nameof(Agent), agentId);
            }

            var secret = ApiSecrets.NewSecret();
            var credential = new ApiCredential
            {
                OrganisationId = actor.OrganisationId,
                Name = name,
                Kind = request.Kind,
                Key = ApiSecrets.NewKey(),
                SecretHash = ApiSecrets.Hash(secret),
                AgentId = request.AgentId,
                CreatedAt = clock.UtcNow(),
                CreatedById = actor.AgentId,
            };
            db.ApiCredentials.Add(credential);
            await db.SaveChangesAsync(cancellationToken);
            return new CreatedApiCredential(credential, secret);
        }, cancellationToken);
    }

    public async Task<ApiCredential> RevokeAsync(Actor actor, Guid credentialId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage API credentials");
        return await db.InTransactionAsync(async () =>
        {
            var credential = await db.ApiCredentials.FirstOrDefaultAsync(c => c.Id == credentialId, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(ApiCredential), credentialId);
            if (credential.RevokedAt is null)
            {
                credential.RevokedAt = clock.UtcNow();
                await db.SaveChangesAsync(cancellationToken);
            }

            return credential;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiCredentialSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "see API credentials");
        var rows = await db.ApiCredentials.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Kind,
                c.Key,
                c.CreatedAt,
                c.LastUsedAt,
                c.RevokedAt,
                c.AgentId,
                AgentFirst = c.Agent!.FirstName,
                AgentMiddle = c.Agent.MiddleName,
                AgentLast = c.Agent.LastName,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ApiCredentialSummary(
            r.Id, r.Name, r.Kind, r.Key, r.CreatedAt.AsUtc(), r.LastUsedAt?.AsUtc(), r.RevokedAt?.AsUtc(), r.AgentId,
            r.AgentId is null ? null : AgentName.Of(r.AgentFirst, r.AgentMiddle, r.AgentLast))).ToList();
    }

    public async Task<ApiCredentialIdentity?> AuthenticateAsync(string userName, string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(secret) || !secret.StartsWith(ApiSecrets.SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var subdomain = userName.Trim().ToLowerInvariant();
        var candidates = await db.ApiCredentials.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RevokedAt == null
                && (c.Key == userName || (c.Kind == ApiCredentialKind.Organisation && c.Organisation!.Subdomain == subdomain)))
            .OrderBy(c => c.CreatedAt)
            .Take(MaxCandidates)
            .Select(c => new
            {
                c.Id,
                c.Kind,
                c.OrganisationId,
                c.AgentId,
                c.SecretHash,
                c.LastUsedAt,
                c.Name,
                AgentRole = (AgentRole?)c.Agent!.Role,
                AgentEmail = c.Agent.Email,
                AgentFirst = c.Agent.FirstName,
                AgentMiddle = c.Agent.MiddleName,
                AgentLast = c.Agent.LastName,
            })
            .ToListAsync(cancellationToken);

        var match = candidates.FirstOrDefault(c => ApiSecrets.Verify(secret, c.SecretHash));
        if (match is null || (match.Kind == ApiCredentialKind.Agent && match.AgentRole is null))
        {
            return null;
        }

        await NoteUseAsync(match.Id, match.LastUsedAt, cancellationToken);
        return match.Kind == ApiCredentialKind.Organisation
            ? new ApiCredentialIdentity(match.Id, match.Kind, match.OrganisationId, null, AgentRole.Admin, match.Name, null)
            : new ApiCredentialIdentity(match.Id, match.Kind, match.OrganisationId, match.AgentId, match.AgentRole!.Value,
                AgentName.Of(match.AgentFirst, match.AgentMiddle, match.AgentLast), match.AgentEmail);
    }

    /// <summary>Keeps last_used_at to the minute without a write per request; concurrent requests write it once.</summary>
    private async Task NoteUseAsync(Guid credentialId, DateTime? lastUsedAt, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var staleBefore = now - LastUsedResolution;
        if (lastUsedAt is { } last && last.AsUtc() > staleBefore)
        {
            return;
        }

        await db.ApiCredentials.IgnoreQueryFilters()
            .Where(c => c.Id == credentialId && (c.LastUsedAt == null || c.LastUsedAt <= staleBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastUsedAt, now), cancellationToken);
    }

    private static string Validate(ApiCredentialRequest request)
    {
        var errors = new Dictionary<string, string>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["name"] = "Name is required.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors["name"] = $"Name can be at most {NameMaxLength} characters long.";
        }

        if (!Enum.IsDefined(request.Kind))
        {
            errors["kind"] = "kind must be one of: organisation, agent.";
        }
        else if (request.Kind == ApiCredentialKind.Agent && request.AgentId is null)
        {
            errors["agent"] = "An agent credential needs the agent it acts as.";
        }
        else if (request.Kind == ApiCredentialKind.Organisation && request.AgentId is not null)
        {
            errors["agent"] = "An organisation credential acts for the whole organisation; it takes no agent.";
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : name;
    }
}
