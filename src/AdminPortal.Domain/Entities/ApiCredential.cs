namespace AdminPortal.Domain.Entities;

public enum ApiCredentialKind
{
    /// <summary>Acts as an admin of its organisation: Basic <c>subdomain:secret</c> (or <c>key:secret</c>).</summary>
    Organisation,

    /// <summary>Acts as its agent: Basic <c>key:secret</c>.</summary>
    Agent,
}

/// <summary>
/// A key and secret an integration signs in with (Basic authentication). Only a hash of the secret is kept
/// (<see cref="SecretHash"/>); the secret itself is shown once, when the credential is created. A revoked
/// credential stays listed with <see cref="RevokedAt"/> set and no longer signs anything in.
/// </summary>
public sealed class ApiCredential : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }
    public ApiCredentialKind Kind { get; set; }

    /// <summary>The public half (the Basic user name of an agent credential); unique across organisations.</summary>
    public required string Key { get; set; }

    public required string SecretHash { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The agent an agent credential acts as; null for an organisation credential.</summary>
    public Guid? AgentId { get; set; }
    public Agent? Agent { get; set; }

    /// <summary>The admin who created it (null when created by an organisation credential or the system).</summary>
    public Guid? CreatedById { get; set; }
}
