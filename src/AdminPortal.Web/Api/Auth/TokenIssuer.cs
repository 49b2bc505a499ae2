using System.Security.Claims;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdminPortal.Web.Api.Auth;

public sealed record IssuedToken(string AccessToken, int ExpiresIn);

/// <summary>Signs the host's access tokens (HS256) with the current key of <see cref="SigningKeyRing"/> with the claims sub, org, role, email, name and the agent's security stamp.</summary>
public sealed class TokenIssuer(IOptions<ApiAuthOptions> options, SigningKeyRing keys)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(Agent agent)
    {
        var now = DateTime.UtcNow;
        var lifetime = options.Value.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(keys.Current, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(AdminPortalClaims.AgentId, agent.Id.ToString()),
                new Claim(AdminPortalClaims.OrganisationId, agent.OrganisationId.ToString()),
                new Claim(AdminPortalClaims.Role, ApiRoles.Name(agent.Role)),
                new Claim(AdminPortalClaims.Email, agent.Email),
                new Claim(AdminPortalClaims.Name, agent.Name),
                new Claim(AdminPortalClaims.SecurityStamp, agent.SecurityStamp),
            ]),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }
}
