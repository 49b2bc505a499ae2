using System.Security.Claims;
using System.Text;
using AdminPortal.Domain.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TestBuildingBlocks.Hosting;

/// <summary>
/// Mints HS256 tokens like the host's own (<c>POST /api/auth/token</c>): claims sub, org, role, email (and name),
/// issuer <see cref="TestSecrets.Issuer"/>, signed with <see cref="TestSecrets.SigningKey"/>; and the broken ones
/// tests need (expired, signed with another key).
/// </summary>
public static class JwtTokens
{
    public static string For(Guid agentId, Guid organisationId, string role, string email, string? name = null, TimeSpan? lifetime = null) =>
        Mint(agentId, organisationId, role, email, name, DateTime.UtcNow, lifetime ?? TimeSpan.FromHours(1), TestSecrets.SigningKey);

    /// <summary>A token whose lifetime ended an hour ago.</summary>
    public static string Expired(Guid agentId, Guid organisationId, string role, string email) =>
        Mint(agentId, organisationId, role, email, null, DateTime.UtcNow.AddHours(-2), TimeSpan.FromHours(1), TestSecrets.SigningKey);

    /// <summary>A well-formed token signed with a key the host does not know.</summary>
    public static string WronglySigned(Guid agentId, Guid organisationId, string role, string email) =>
        Mint(agentId, organisationId, role, email, null, DateTime.UtcNow, TimeSpan.FromHours(1), "not-the-host-key-" + new string('x', 48));

    /// <summary>The key the test hosts validate with (the UTF-8 bytes of <see cref="TestSecrets.SigningKey"/>).</summary>
    public static SymmetricSecurityKey SigningKey(string key = TestSecrets.SigningKey) => new(Encoding.UTF8.GetBytes(key));

    public static string Mint(Guid agentId, Guid organisationId, string role, string email, string? name, DateTime issuedAt, TimeSpan lifetime, string signingKey, string issuer = TestSecrets.Issuer)
    {
        var claims = new List<Claim>
        {
            new(AdminPortalClaims.AgentId, agentId.ToString()),
            new(AdminPortalClaims.OrganisationId, organisationId.ToString()),
            new(AdminPortalClaims.Role, role),
            new(AdminPortalClaims.Email, email),
        };
        if (name is not null)
        {
            claims.Add(new Claim(AdminPortalClaims.Name, name));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
