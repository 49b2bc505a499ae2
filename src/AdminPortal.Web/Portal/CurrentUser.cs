using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Tenancy;

namespace AdminPortal.Web.Portal;

/// <summary>The signed-in user of a request or circuit, read from the claims; sets the scope's tenant.</summary>
public sealed class CurrentUser(TenantContext tenant)
{
    public bool IsAuthenticated { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid AgentId { get; private set; }
    public AgentRole Role { get; private set; } = AgentRole.Agent;
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";

    public Actor Actor => new(OrganisationId, AgentId, Role);

    public bool IsSupervisorOrAdmin => Role is AgentRole.Admin or AgentRole.Supervisor;

    public void SignedInAs(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.OrganisationId), out var organisationId)
            || !Guid.TryParse(principal.FindFirstValue(AdminPortalClaims.AgentId), out var agentId))
        {
            SignedOut();
            return;
        }

        IsAuthenticated = true;
        OrganisationId = organisationId;
        AgentId = agentId;
        Role = PortalClaims.ParseRole(principal.FindFirstValue(AdminPortalClaims.Role));
        Name = principal.FindFirstValue(AdminPortalClaims.Name) ?? "";
        Email = principal.FindFirstValue(AdminPortalClaims.Email) ?? "";
        tenant.Use(organisationId);
    }

    /// <summary>The session ended (signed out, or the account changed): nothing is allowed any more.</summary>
    private void SignedOut()
    {
        IsAuthenticated = false;
        AgentId = Guid.Empty;
        Role = AgentRole.Agent;
    }
}
