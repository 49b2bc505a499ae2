using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AdminPortal.Web.Portal;

/// <summary>The claims of a portal cookie: sub, org, role, email, name.</summary>
public static class PortalClaims
{
    public static ClaimsPrincipal For(Agent agent) => new(new ClaimsIdentity(
        [
            new Claim(AdminPortalClaims.AgentId, agent.Id.ToString()),
            new Claim(AdminPortalClaims.OrganisationId, agent.OrganisationId.ToString()),
            new Claim(AdminPortalClaims.Role, RoleName(agent.Role)),
            new Claim(AdminPortalClaims.Email, agent.Email),
            new Claim(AdminPortalClaims.Name, agent.Name),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme,
        AdminPortalClaims.Name,
        AdminPortalClaims.Role));

    public static string RoleName(AgentRole role) => role.ToString().ToLowerInvariant();

    public static AgentRole ParseRole(string? role) =>
        Enum.TryParse<AgentRole>(role, ignoreCase: true, out var parsed) ? parsed : AgentRole.Agent;

    /// <summary>Where a user lands after signing in: agents on their widget, the others on the board.</summary>
    public static string HomeOf(AgentRole role) => role == AgentRole.Agent ? "/widget" : "/";
}
