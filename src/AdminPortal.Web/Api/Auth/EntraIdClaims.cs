using System.Security.Claims;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// Turns a validated Entra ID token into the product's claims: the role from the app roles
/// (admin, supervisor, agent; the highest wins), the organisation from an <c>org</c> claim or
/// <c>AzureAd:OrganisationId</c>, and the agent whose email is the token's preferred_username/email.
/// A token that names no agent of the organisation is refused.
/// </summary>
public static class EntraIdClaims
{
    public const string Section = "AzureAd";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    public static async Task MapAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }

        var configuration = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
        var role = principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role))
            .Select(c => ApiRoles.Parse(c.Value)).Where(r => r is not null).Max();
        var organisation = principal.FindFirstValue(AdminPortalClaims.OrganisationId) ?? configuration[$"{Section}:OrganisationId"];
        var email = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? principal.FindFirstValue("upn");
        if (role is null || !Guid.TryParse(organisation, out var organisationId) || string.IsNullOrWhiteSpace(email))
        {
            context.Fail("The token carries no role, organisation or email the portal knows.");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<AdminPortalDbContext>();
        var normalized = email.Trim().ToLowerInvariant();
        var agent = await db.Agents.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Email.ToLower() == normalized)
            .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (agent is null)
        {
            context.Fail("No agent of the organisation has this email.");
            return;
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(AdminPortalClaims.AgentId, agent.Id.ToString()),
            new Claim(AdminPortalClaims.OrganisationId, organisationId.ToString()),
            new Claim(AdminPortalClaims.Role, ApiRoles.Name(role.Value)),
            new Claim(AdminPortalClaims.Email, email),
            new Claim(AdminPortalClaims.Name, AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName)),
        ], context.Scheme.Name, AdminPortalClaims.Name, AdminPortalClaims.Role));
    }
}
