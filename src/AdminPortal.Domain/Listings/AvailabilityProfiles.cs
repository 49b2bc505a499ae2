using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>A team as an agent's own profile names it.</summary>
public sealed record ProfileTeam(long Id, string Name);

/// <summary>
/// An agent's own record as seed 003 answers it: its numeric id, names, role, status category, teams (not deleted), and
/// the API key it acts with (<see cref="ApiKey"/>, <see cref="ApiKeyLastUsedAt"/>), null when it has no agent credential.
/// </summary>
public sealed record AgentProfile(
    long Id,
    DateTime CreatedAt,
    DateTime StatusUpdatedAt,
    string FirstName,
    string LastName,
    string Email,
    AgentRole Role,
    StatusCategory Category,
    string? ExtensionNumber,
    string? AvatarUrl,
    DateTime? LastLoginAt,
    IReadOnlyList<ProfileTeam> Teams,
    string? ApiKey,
    DateTime? ApiKeyLastUsedAt);

/// <summary>
/// Reads an agent's own profile. Its API key is the agent credential the request signed in with; signed in otherwise
/// (a token), its most recently used credential that is not revoked.
/// </summary>
public sealed class AvailabilityProfiles(AdminPortalDbContext db)
{
    public async Task<AgentProfile> GetAsync(Guid agentId, Guid? credentialId, CancellationToken cancellationToken = default)
    {
        var agent = await db.Agents.AsNoTracking()
            .Where(a => a.Id == agentId)
            .Select(a => new
            {
                a.NumericId,
                a.CreatedAt,
                a.StatusUpdatedAt,
                a.FirstName,
                a.LastName,
                a.Email,
                a.Role,
                a.Status!.Category,
                a.ExtensionNumber,
                a.AvatarUrl,
                a.LastLoginTime,
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Agent), agentId);
        var teams = await db.Agents.AsNoTracking()
            .Where(a => a.Id == agentId)
            .SelectMany(a => a.Teams, (a, t) => new { t.NumericId, t.Name, t.Deleted })
            .Where(t => !t.Deleted)
            .OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);
        var credential = await db.ApiCredentials.AsNoTracking()
            .Where(c => c.AgentId == agentId && c.Kind == ApiCredentialKind.Agent && c.RevokedAt == null)
            .OrderByDescending(c => c.Id == credentialId)
            .ThenByDescending(c => c.LastUsedAt != null)
            .ThenByDescending(c => c.LastUsedAt)
            .ThenByDescending(c => c.CreatedAt)
            .Select(c => new { c.Key, c.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new AgentProfile(
            agent.NumericId, agent.CreatedAt.AsUtc(), agent.StatusUpdatedAt.AsUtc(), agent.FirstName, agent.LastName, agent.Email, agent.Role, agent.Category,
            agent.ExtensionNumber, agent.AvatarUrl, agent.LastLoginTime?.AsUtc(), [.. teams.Select(t => new ProfileTeam(t.NumericId, t.Name))],
            credential?.Key, credential?.LastUsedAt?.AsUtc());
    }
}
