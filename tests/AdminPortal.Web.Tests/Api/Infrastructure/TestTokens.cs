using System.Security.Claims;
using System.Text;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Api.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>Hand-made tokens for the refusals: expired, signed by another key, issued by someone else.</summary>
public static class TestTokens
{
    public static string For(Agent agent, string signingKey = TestBuildingBlocks.Hosting.TestSecrets.SigningKey, string issuer = ApiAuthOptions.DefaultIssuer, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
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
    }
}
