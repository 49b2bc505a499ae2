using System.Net;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Hosting;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>A configured key is rotated in the configuration: <c>Auth:PreviousSigningKey</c> keeps the old key's tokens valid.</summary>
public sealed class ConfiguredKeyRotationTests(ConfiguredKeyRotationTests.RotatedHost host) : IClassFixture<ConfiguredKeyRotationTests.RotatedHost>
{
    public const string OldKey = "the-key-this-host-signed-with-until-yesterday-0123456789";

    [Fact]
    public async Task Tokens_of_the_previous_configured_key_are_accepted_and_new_ones_are_signed_with_the_current_key()
    {
        var admin = await host.AgentAsync(ApiHost.AdminEmail);

        var old = await host.WithToken(TestTokens.For(admin, signingKey: OldKey)).GetAsync("/api/v1/agent_statuses");
        var other = await host.WithToken(TestTokens.For(admin, signingKey: "neither-the-current-nor-the-previous-key-0123456789")).GetAsync("/api/v1/agent_statuses");
        var issued = await host.TokenForAsync(ApiHost.AdminEmail);

        old.StatusCode.ShouldBe(HttpStatusCode.OK);
        await other.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        new JsonWebToken(issued).Kid.ShouldBe(SigningKeyRing.KeyIdOf(SigningKeys.Parse(TestBuildingBlocks.Hosting.TestSecrets.SigningKey)));
    }

    [Fact]
    public async Task The_rotate_command_explains_how_to_rotate_a_configured_key()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await RotateSigningKeyCommand.RunAsync(
            ["--Auth:SigningKey", TestBuildingBlocks.Hosting.TestSecrets.SigningKey, "--DataFolder", host.DataFolder], output, error);

        code.ShouldBe(1);
        error.ToString().ShouldContain("Auth:PreviousSigningKey");
    }

    public sealed class RotatedHost() : ApiHost(new Dictionary<string, string?> { ["Auth:PreviousSigningKey"] = OldKey });
}
