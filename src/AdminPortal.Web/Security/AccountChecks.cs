using System.Security.Claims;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Security;

/// <summary>The account as stored now: its role, security stamp and whether it is deactivated; null when its organisation no longer has it.</summary>
public sealed record AccountState(AgentRole Role, string SecurityStamp, bool Deactivated = false);

/// <summary>
/// Whether a portal session or a host token still speaks for its account: the agent exists in its organisation, has
/// the role the session was issued with, is not deactivated, and its password and role have not changed since (same
/// security stamp).
/// A session or token without a stamp dates from before stamps existed and holds until the account first changes.
/// </summary>
public sealed class AccountChecks(AdminPortalDbContext db)
{
    public Task<AccountState?> CurrentAsync(Guid organisationId, Guid agentId, CancellationToken cancellationToken) =>
        db.Agents.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == agentId && a.OrganisationId == organisationId)
            .Select(a => new AccountState(a.Role, a.SecurityStamp, a.DeactivatedAt != null))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when the principal's agent, role and stamp are still the account's.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.OrganisationId), out var organisationId)
            || !Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.AgentId), out var agentId))
        {
            return false;
        }

        var account = await CurrentAsync(organisationId, agentId, cancellationToken);
        if (account is null or { Deactivated: true })
        {
            return false;
        }

        if (principal.HasClaim(c => c.Type == Portal.PortalClaims.RoleFromEntraId))
        {
            // Entra ID vouches for the role and the password of these sessions
            return true;
        }

        return StampMatches(principal, account)
            && string.Equals(principal.FindFirstValue(AdminPortalClaims.Role), account.Role.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    public static bool StampMatches(ClaimsPrincipal principal, AccountState account) =>
        string.Equals(principal.FindFirstValue(AdminPortalClaims.SecurityStamp) ?? string.Empty, account.SecurityStamp, StringComparison.Ordinal);
}
