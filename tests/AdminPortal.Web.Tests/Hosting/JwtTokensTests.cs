using AdminPortal.Domain.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Hosting;

public sealed class JwtTokensTests
{
    private static readonly Guid _agentId = Guid.CreateVersion7();
    private static readonly Guid _organisationId = Guid.CreateVersion7();

    [Fact]
    public async Task Minted_token_carries_the_portal_claims_and_validates_with_the_test_key()
    {
        var token = JwtTokens.For(_agentId, _organisationId, "admin", "admin@example.com");

        var result = await ValidateAsync(token);

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        result.Claims[AdminPortalClaims.AgentId].ShouldBe(_agentId.ToString());
        result.Claims[AdminPortalClaims.OrganisationId].ShouldBe(_organisationId.ToString());
        result.Claims[AdminPortalClaims.Role].ShouldBe("admin");
        result.Claims[AdminPortalClaims.Email].ShouldBe("admin@example.com");
    }

    [Fact]
    public async Task Expired_token_does_not_validate()
    {
        var result = await ValidateAsync(JwtTokens.Expired(_agentId, _organisationId, "agent", "a@example.com"));

        result.IsValid.ShouldBeFalse();
        result.Exception.ShouldBeOfType<SecurityTokenExpiredException>();
    }

    [Fact]
    public async Task Wrongly_signed_token_does_not_validate()
    {
        var result = await ValidateAsync(JwtTokens.WronglySigned(_agentId, _organisationId, "agent", "a@example.com"));

        result.IsValid.ShouldBeFalse();
        result.Exception.ShouldBeAssignableTo<SecurityTokenSignatureKeyNotFoundException>();
    }

    private static Task<TokenValidationResult> ValidateAsync(string token) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TestSecrets.Issuer,
            ValidateAudience = false,
            IssuerSigningKey = JwtTokens.SigningKey(),
            ClockSkew = TimeSpan.Zero,
        });
}
