namespace AdminPortal.Domain.Audit;

/// <summary>
/// Who writes and from where, for the audit trail: the acting agent (null for an organisation credential), the API
/// credential the request signed in with, the actor's name as shown then, and the source (<see cref="AuditSources"/>).
/// </summary>
public sealed record AuditOrigin(Guid? AgentId, Guid? CredentialId, string ActorName, string Source)
{
    /// <summary>A signed-in portal user.</summary>
    public static AuditOrigin Portal(Guid agentId, string name) => new(agentId, null, name, AuditSources.Portal);
}

/// <summary>Where a write came from.</summary>
public static class AuditSources
{
    /// <summary>The portal's pages.</summary>
    public const string Portal = "portal";

    /// <summary>The JSON:API (<c>/api/agents</c>, <c>/api/operations</c>, …); other endpoints record their route.</summary>
    public const string Api = "api";
}
