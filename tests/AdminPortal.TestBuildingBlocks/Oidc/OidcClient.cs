namespace TestBuildingBlocks.Oidc;

/// <summary>
/// An app registration at the local issuer: its client id, its secret (null for a client without one), the redirect
/// URIs it registered (sign-in replies and post-logout redirects alike, as in Entra ID), and the app roles granted
/// to the application itself (in its client-credentials tokens).
/// </summary>
public sealed record OidcClient
{
    public string ClientId { get; init; } = Guid.NewGuid().ToString();

    public string? Secret { get; init; }

    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    public IReadOnlyList<string> ApplicationRoles { get; init; } = [];

    public string ServicePrincipalId { get; init; } = Guid.NewGuid().ToString();

    public bool Allows(string? redirectUri) => redirectUri is not null && RedirectUris.Contains(redirectUri, StringComparer.Ordinal);
}
