namespace TestBuildingBlocks.Oidc;

/// <summary>
/// What an access token of the local issuer says beyond its user: by default a v2.0 token for the client's own API
/// (<c>aud</c> = client id), from the issuer's tenant, valid for an hour from now, with the scope
/// <c>access_as_user</c>, signed with the current key. Tests change one thing to make a token wrong in one way.
/// </summary>
public sealed record AccessTokenShape
{
    /// <summary><c>aud</c>; null means the client id.</summary>
    public string? Audience { get; init; }

    /// <summary><c>tid</c> and the tenant in <c>iss</c>; null means the issuer's tenant.</summary>
    public string? TenantId { get; init; }

    public DateTimeOffset? IssuedAt { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary><c>scp</c>; null leaves the claim out.</summary>
    public string? Scope { get; init; } = "access_as_user";

    /// <summary>The key that signs; null means the issuer's current key.</summary>
    public OidcSigningKey? SigningKey { get; init; }
}
