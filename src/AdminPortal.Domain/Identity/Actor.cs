using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Identity;

/// <summary>Who is acting: a signed-in agent of an organisation with one role, or the system itself.</summary>
public sealed record Actor(Guid OrganisationId, Guid? AgentId, AgentRole Role)
{
    public static Actor System(Guid organisationId) => new(organisationId, null, AgentRole.Admin);

    public bool IsSystem => AgentId is null;
    public bool IsAdmin => Role == AgentRole.Admin;
    public bool IsSupervisorOrAdmin => Role is AgentRole.Admin or AgentRole.Supervisor;
}
