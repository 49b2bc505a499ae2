using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Auth;

namespace AdminPortal.Web.Api.Callers;

/// <summary>
/// Who calls the API in this request, read from the claims of the bearer token or API credential (sub, org, role, email, name).
/// An organisation credential acts as an admin of its organisation with no agent: its changes record no changed_by_user.
/// </summary>
public sealed class ApiCaller
{
    public Actor? Actor { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>The acting agent; endpoints behind the API policy always have one.</summary>
    public Actor Required => Actor ?? throw new PermissionDeniedException("The request is not signed in.");

    public Guid AgentId => Required.AgentId ?? throw new PermissionDeniedException("The caller is not an agent.");

    public bool SignIn(ClaimsPrincipal principal)
    {
        if (TryRead(principal) is not { } actor)
        {
            return false;
        }

        Actor = actor;
        Name = principal.FindFirstValue(AdminPortalClaims.Name) ?? "";
        Email = principal.FindFirstValue(AdminPortalClaims.Email) ?? "";
        return true;
    }

    /// <summary>The agent's role as stored now, which wins over the role a host token was issued with.</summary>
    public void UseRole(AgentRole role) => Actor = Required with { Role = role };

    /// <summary>The API credential the request signed in with, if any.</summary>
    public static Guid? CredentialId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(BasicCredentialAuthentication.CredentialIdClaim), out var id) ? id : null;

    /// <summary>
    /// An actor needs an organisation, a known role and an agent id (or to be an organisation credential);
    /// anything less is not signed in.
    /// </summary>
    public static Actor? TryRead(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.OrganisationId), out var organisationId)
            || ApiRoles.Parse(principal.FindFirstValue(AdminPortalClaims.Role)) is not { } role)
        {
            return null;
        }

        if (Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.AgentId), out var agentId))
        {
            return new Actor(organisationId, agentId, role);
        }

        return principal.HasClaim(BasicCredentialAuthentication.CredentialKindClaim, "organisation") ? new Actor(organisationId, null, AgentRole.Admin) : null;
    }
}
