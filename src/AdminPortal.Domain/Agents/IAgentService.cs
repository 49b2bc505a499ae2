using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Agents;

public sealed record AgentDetails(
    string Email,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? AgentNumber,
    string? ExtensionNumber,
    string? AvatarUrl,
    AgentRole Role,
    string? Location);

/// <summary>Agents of the organisation. Validation failures throw ValidationFailedException keyed by snake_case member.</summary>
public interface IAgentService
{
    /// <summary>New agents start Offline. A password, when given, lets the agent sign in to the portal and the API.</summary>
    Task<Agent> CreateAsync(Actor actor, AgentDetails details, string? password, CancellationToken cancellationToken = default);

    Task<Agent> UpdateAsync(Actor actor, Guid agentId, AgentDetails details, CancellationToken cancellationToken = default);

    Task SetPasswordAsync(Actor actor, Guid agentId, string password, CancellationToken cancellationToken = default);
}

/// <summary>Checks a sign-in (email + password) across organisations; returns the agent or null, never saying which part was wrong.</summary>
public interface ICredentialService
{
    Task<Agent?> VerifyAsync(string email, string password, CancellationToken cancellationToken = default);

    string Hash(string password);
}
