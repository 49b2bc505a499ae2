using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// Sign-in checks with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2). Looks across organisations by email
/// (case-insensitive) among active agents (a deactivated one reads as a wrong password); a hash in an older format is
/// upgraded on a successful sign-in.
/// </summary>
public sealed class CredentialService(AdminPortalDbContext db) : ICredentialService
{
    private static readonly PasswordHasher<Agent> _hasher = new();
    private static readonly string _decoyHash = _hasher.HashPassword(null!, Guid.NewGuid().ToString());

    public string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return _hasher.HashPassword(null!, password);
    }

    public async Task<Agent?> VerifyAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var lowered = email.Trim().ToLowerInvariant();
        var candidates = await db.Agents.IgnoreQueryFilters()
            .Where(a => a.Email.ToLower() == lowered && a.PasswordHash != null && a.DeactivatedAt == null)
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            // spend the same time as a real check, so a missing email is not told apart from a wrong password
            _hasher.VerifyHashedPassword(null!, _decoyHash, password);
            return null;
        }

        foreach (var agent in candidates)
        {
            var result = _hasher.VerifyHashedPassword(agent, agent.PasswordHash!, password);
            if (result == PasswordVerificationResult.Failed)
            {
                continue;
            }

            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                agent.PasswordHash = _hasher.HashPassword(agent, password);
                await db.SaveChangesAsync(cancellationToken);
            }

            return agent;
        }

        return null;
    }
}
