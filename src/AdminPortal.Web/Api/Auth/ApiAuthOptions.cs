namespace AdminPortal.Web.Api.Auth;

/// <summary>The host's own JWTs: <c>Auth:SigningKey</c> (base64 or plain, at least 32 bytes), <c>Auth:Issuer</c>, <c>Auth:TokenLifetime</c>.</summary>
public sealed class ApiAuthOptions
{
    public const string Section = "Auth";
    public const string DefaultIssuer = "AdminPortal";

    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = DefaultIssuer;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
