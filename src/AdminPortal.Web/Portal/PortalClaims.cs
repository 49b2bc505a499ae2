using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AdminPortal.Web.Portal;

/// <summary>The claims of a portal cookie: sub, org, role, email, name, the security stamp, and who vouched for the role.</summary>
public static class PortalClaims
{
    /// <summary>Set on sessions whose role comes from Entra ID app roles rather than from the stored account.</summary>
    public const string RoleFromEntraId = "role_source";

    public static ClaimsPrincipal For(Agent agent, bool roleFromEntraId = false)
    {
        List<Claim> claims =
        [
            new Claim(AdminPortalClaims.AgentId, agent.Id.ToString()),
            new Claim(AdminPortalClaims.OrganisationId, agent.OrganisationId.ToString()),
            new Claim(AdminPortalClaims.Role, RoleName(agent.Role)),
            new Claim(AdminPortalClaims.Email, agent.Email),
            new Claim(AdminPortalClaims.Name, agent.Name),
            new Claim(AdminPortalClaims.SecurityStamp, agent.SecurityStamp),
        ];
        if (roleFromEntraId)
        {
            claims.Add(new Claim(RoleFromEntraId, "entra_id"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, AdminPortalClaims.Name, AdminPortalClaims.Role));
    }

    public static string RoleName(AgentRole role) => role.ToString().ToLowerInvariant();

    public static AgentRole ParseRole(string? role) =>
        Enum.TryParse<AgentRole>(role, ignoreCase: true, out var parsed) ? parsed : AgentRole.Agent;

    /// <summary>Where a user lands after signing in: agents on their widget, the others on the board.</summary>
    public static string HomeOf(AgentRole role) => role == AgentRole.Agent ? "/widget" : "/";
}
