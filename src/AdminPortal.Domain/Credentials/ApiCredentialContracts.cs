using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Credentials;

/// <summary>A credential to create: a name people recognise it by, its kind and, for kind agent, the agent it acts as.</summary>
public sealed record ApiCredentialRequest(string Name, ApiCredentialKind Kind, Guid? AgentId = null);

/// <summary>A credential just created, with the secret: the only moment the secret is known.</summary>
public sealed record CreatedApiCredential(ApiCredential Credential, string Secret);

/// <summary>One credential as the settings page lists it (never its secret or hash).</summary>
public sealed record ApiCredentialSummary(
    Guid Id,
    string Name,
    ApiCredentialKind Kind,
    string Key,
    DateTime CreatedAt,
    DateTime? LastUsedAt,
    DateTime? RevokedAt,
    Guid? AgentId,
    string? AgentName)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>
/// Who a valid credential signs in: an organisation credential acts as an admin of its organisation with no agent
/// (<paramref name="AgentId"/> null); an agent credential acts as its agent, with the agent's current role.
/// </summary>
public sealed record ApiCredentialIdentity(
    Guid CredentialId,
    ApiCredentialKind Kind,
    Guid OrganisationId,
    Guid? AgentId,
    AgentRole Role,
    string Name,
    string? Email);

/// <summary>Creates, lists and revokes API credentials (admins only) and checks them on each API request.</summary>
public interface IApiCredentialService
{
    Task<CreatedApiCredential> CreateAsync(Identity.Actor actor, ApiCredentialRequest request, CancellationToken cancellationToken = default);

    /// <summary>Revokes at once: the next request with the credential is refused. Revoking twice keeps the first time.</summary>
    Task<ApiCredential> RevokeAsync(Identity.Actor actor, Guid credentialId, CancellationToken cancellationToken = default);

    /// <summary>Every credential of the organisation, newest first, revoked ones included.</summary>
    Task<IReadOnlyList<ApiCredentialSummary>> ListAsync(Identity.Actor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The identity of Basic <paramref name="userName"/>:<paramref name="secret"/>, or null when no unrevoked credential
    /// matches. <paramref name="userName"/> is a credential's key, or the organisation's subdomain for an organisation credential.
    /// Works without a tenant (it is how the tenant is found).
    /// </summary>
    Task<ApiCredentialIdentity?> AuthenticateAsync(string userName, string secret, CancellationToken cancellationToken = default);
}
