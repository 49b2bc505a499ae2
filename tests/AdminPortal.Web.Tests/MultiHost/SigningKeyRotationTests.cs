using System.Net;
using AdminPortal.Web.Hosting;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>
/// The operator rotates the generated signing key with the host's <c>rotate-signing-key</c> command: both hosts sign with
/// the new key within a second and keep accepting the tokens the previous key signed; a forced second rotation ends those.
/// </summary>
public sealed class SigningKeyRotationTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [PostgresFact]
    public async Task After_a_rotation_both_hosts_sign_with_the_new_key_and_accept_tokens_of_the_previous_one()
    {
        var first = await SignInAsync(hosts.A);

        var rotation = await RotateAsync();

        rotation.Code.ShouldBe(0, rotation.Error);
        rotation.Output.ShouldContain("The signing key is rotated");
        var second = await SignedWithNewKeyAsync(hosts.B, KeyIdOf(first));
        (await SignedWithNewKeyAsync(hosts.A, KeyIdOf(first))).ShouldNotBeNull();
        KeyIdOf(second!).ShouldNotBe(KeyIdOf(first));
        foreach (var host in new AdminPortalHostFactory[] { hosts.A, hosts.B })
        {
            (await CallAsync(host, first)).ShouldBe(HttpStatusCode.OK);
            (await CallAsync(host, second!)).ShouldBe(HttpStatusCode.OK);
        }

        var tooSoon = await RotateAsync();
        tooSoon.Code.ShouldBe(1);
        tooSoon.Error.ShouldContain("rotating again now would end the tokens it signed early");
        (await CallAsync(hosts.B, first)).ShouldBe(HttpStatusCode.OK);

        var forced = await RotateAsync("--force");
        forced.Code.ShouldBe(0, forced.Error);
        var third = await SignedWithNewKeyAsync(hosts.A, KeyIdOf(second!));
        third.ShouldNotBeNull();
        (await SignedWithNewKeyAsync(hosts.B, KeyIdOf(second!))).ShouldNotBeNull();
        foreach (var host in new AdminPortalHostFactory[] { hosts.A, hosts.B })
        {
            (await CallAsync(host, first)).ShouldBe(HttpStatusCode.Unauthorized);
            (await CallAsync(host, second!)).ShouldBe(HttpStatusCode.OK);
            (await CallAsync(host, third)).ShouldBe(HttpStatusCode.OK);
        }
    }

    private static string KeyIdOf(string token) => new JsonWebToken(token).Kid;

    private async Task<(int Code, string Output, string Error)> RotateAsync(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = [.. options, "--Database:Provider", "Postgres", "--ConnectionStrings:AdminPortal", hosts.A.ConnectionString];
        var code = await RotateSigningKeyCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Signs in on <paramref name="host"/> until its token names a key other than <paramref name="oldKeyId"/> (5 s at most).</summary>
    private static async Task<string?> SignedWithNewKeyAsync(AdminPortalHostFactory host, string oldKeyId)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < until)
        {
            var token = await SignInAsync(host);
            if (KeyIdOf(token) != oldKeyId)
            {
                return token;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private static async Task<string> SignInAsync(AdminPortalHostFactory host)
    {
        var response = await host.CreateClient().PostAsync("/api/auth/token", Json($$"""{"email": "{{ApiHost.AdminEmail}}", "password": "{{TestSecrets.AdminPassword}}"}"""));
        var body = await response.ShouldBeOkAsync();
        return body["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpStatusCode> CallAsync(AdminPortalHostFactory host, string token)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/agents?page[size]=1")).StatusCode;
    }
}
