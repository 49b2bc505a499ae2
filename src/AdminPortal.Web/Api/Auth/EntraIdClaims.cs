using System.Security.Claims;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Auth;

/// <summary>The agent an Entra ID user is in AdminPortal, with the role its token gives it.</summary>
public sealed record EntraIdUser(Guid AgentId, Guid OrganisationId, AgentRole Role, string Email, string Name);

/// <summary>Why a valid Entra ID token still does not let its user in.</summary>
public enum EntraIdRefusal
{
    NoRole,
    NoOrganisation,
    NoEmail,
    NotAnAgent,
    Deactivated,
}

/// <summary>Either the user or the reason it is refused, in words for the error detail.</summary>
public sealed record EntraIdResolution(EntraIdUser? User, EntraIdRefusal? Refusal, string Detail);

/// <summary>
/// Turns a validated Entra ID token (API access token or portal ID token) into an AdminPortal user: the role from the
/// app roles in <c>roles</c> (admin, supervisor, agent; the highest wins), the organisation from an <c>org</c> claim or
/// <c>AzureAd:OrganisationId</c>, and the agent of that organisation whose email is the token's <c>email</c>,
/// <c>preferred_username</c> or <c>upn</c>. A token without any of these is refused with the reason.
/// </summary>
public static class EntraIdClaims
{
    public const string Section = "AzureAd";

    /// <summary>On an API principal whose token was valid but names no user AdminPortal lets in: why (answered with 403).</summary>
    public const string RefusalClaim = "refusal";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    public static async Task<EntraIdResolution> ResolveAsync(
        ClaimsPrincipal principal, IConfiguration configuration, AdminPortalDbContext db, CancellationToken cancellationToken)
    {
        var role = principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role))
            .Select(c => ApiRoles.Parse(c.Value)).Where(r => r is not null).Max();
        if (role is null)
        {
            return Refuse(EntraIdRefusal.NoRole,
                "The token carries no AdminPortal app role (admin, supervisor or agent) in its roles claim; assign the user one in Entra ID.");
        }

        var organisation = principal.FindFirstValue(AdminPortalClaims.OrganisationId) ?? configuration[$"{Section}:OrganisationId"];
        if (!Guid.TryParse(organisation, out var organisationId))
        {
            return Refuse(EntraIdRefusal.NoOrganisation, string.IsNullOrWhiteSpace(organisation)
                ? "The token carries no org claim and AzureAd:OrganisationId is not set, so its organisation is unknown."
                : $"The token's organisation '{organisation}' is not an organisation id.");
        }

        string[] emails = [.. new[] { "email", "preferred_username", "upn", ClaimTypes.Email, ClaimTypes.Upn }
            .Select(principal.FindFirstValue)
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => e!.Trim().ToLowerInvariant())
            .Distinct()];
        if (emails.Length == 0)
        {
            return Refuse(EntraIdRefusal.NoEmail, "The token carries no email, preferred_username or upn to find its agent by.");
        }

        var agents = await db.Agents.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && emails.Contains(a.Email.ToLower()))
            .Select(a => new { a.Id, a.Email, a.FirstName, a.MiddleName, a.LastName, a.DeactivatedAt })
            .ToListAsync(cancellationToken);
        var agent = emails.Select(e => agents.FirstOrDefault(a => a.Email.Equals(e, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(a => a is not null);
        if (agent is null)
        {
            return Refuse(EntraIdRefusal.NotAnAgent, $"No agent of the organisation has the email {emails[0]}; an admin adds it as an agent first.");
        }

        if (agent.DeactivatedAt is not null)
        {
            return Refuse(EntraIdRefusal.Deactivated, $"The agent {agent.Email} is deactivated; an admin reactivates it first.");
        }

        var user = new EntraIdUser(agent.Id, organisationId, role.Value, agent.Email, AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName));
        return new EntraIdResolution(user, null, "");
    }

    /// <summary>
    /// After Microsoft.Identity.Web validated an API token: the principal becomes the agent's (sub, org, role, email,
    /// name), or, when no agent is found, an authenticated principal that carries only the reason (the API answers 403).
    /// </summary>
    public static async Task MapAsync(TokenValidatedContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var resolution = await ResolveAsync(context.Principal, services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<AdminPortalDbContext>(), context.HttpContext.RequestAborted);
        Claim[] claims = resolution.User is { } user
            ?
            [
                new Claim(AdminPortalClaims.AgentId, user.AgentId.ToString()),
                new Claim(AdminPortalClaims.OrganisationId, user.OrganisationId.ToString()),
                new Claim(AdminPortalClaims.Role, ApiRoles.Name(user.Role)),
                new Claim(AdminPortalClaims.Email, user.Email),
                new Claim(AdminPortalClaims.Name, user.Name),
            ]
            : [new Claim(RefusalClaim, resolution.Detail)];
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, context.Scheme.Name, AdminPortalClaims.Name, AdminPortalClaims.Role));
    }

    private static EntraIdResolution Refuse(EntraIdRefusal refusal, string detail) => new(null, refusal, detail);
}
