namespace AdminPortal.Web.Api.Auth;

/// <summary>
/// The host's own JWTs: <c>Auth:SigningKey</c> (base64 or plain, at least 32 bytes) and, while tokens signed with the key
/// before it may still be out there, <c>Auth:PreviousSigningKey</c>; <c>Auth:Issuer</c>, <c>Auth:TokenLifetime</c>, and
/// how often a host rereads a generated key that may have been rotated (<c>Auth:SigningKeyRefresh</c>).
/// </summary>
public sealed class ApiAuthOptions
{
    public const string Section = "Auth";
    public const string DefaultIssuer = "AdminPortal";

    public string? SigningKey { get; set; }
    public string? PreviousSigningKey { get; set; }
    public string Issuer { get; set; } = DefaultIssuer;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan SigningKeyRefresh { get; set; } = TimeSpan.FromSeconds(10);
}
