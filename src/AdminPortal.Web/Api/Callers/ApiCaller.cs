using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Auth;

namespace AdminPortal.Web.Api.Callers;

/// <summary>Who calls the API in this request, read from the bearer token's claims (sub, org, role, email, name).</summary>
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

    /// <summary>An actor needs an agent id, an organisation and a known role; anything less is not signed in.</summary>
    public static Actor? TryRead(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.OrganisationId), out var organisationId)
        && Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.AgentId), out var agentId)
        && ApiRoles.Parse(principal.FindFirstValue(AdminPortalClaims.Role)) is { } role
            ? new Actor(organisationId, agentId, role)
            : null;
}
