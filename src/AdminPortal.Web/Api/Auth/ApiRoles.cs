using AdminPortal.Domain.Entities;

namespace AdminPortal.Web.Api.Auth;

/// <summary>Role names on the wire and in claims: admin, supervisor, agent.</summary>
public static class ApiRoles
{
    public static string Name(AgentRole role) => role switch
    {
        AgentRole.Admin => "admin",
        AgentRole.Supervisor => "supervisor",
        _ => "agent",
    };

    public static AgentRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "admin" => AgentRole.Admin,
        "supervisor" => AgentRole.Supervisor,
        "agent" => AgentRole.Agent,
        _ => null,
    };
}
