using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Auth;

public sealed class TokenEndpointTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Can_get_a_token_with_email_and_password_and_use_it()
    {
        var client = host.CreateClient();

        var response = await client.PostAsync("/api/auth/token", Json($$"""{"email": "{{ApiHost.VaderEmail}}", "password": "{{ApiHost.Password}}"}"""));

        var body = await response.ShouldBeOkAsync();
        body["token_type"]!.GetValue<string>().ShouldBe("Bearer");
        body["expires_in"]!.GetValue<int>().ShouldBe(3600);
        var token = body["access_token"]!.GetValue<string>();
        var statuses = await host.WithToken(token).GetAsync("/api/v1/agent_statuses");
        var agents = (await statuses.ShouldBeOkAsync()).AsArray();
        agents.Single()!["email"]!.GetValue<string>().ShouldBe(ApiHost.VaderEmail);
    }

    [Fact]
    public async Task Email_matches_case_insensitively()
    {
        var response = await host.CreateClient().PostAsync("/api/auth/token",
            Json($$"""{"email": "{{ApiHost.VaderEmail.ToUpperInvariant()}}", "password": "{{ApiHost.Password}}"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_are_refused_alike()
    {
        var client = host.CreateClient();

        var wrongPassword = await client.PostAsync("/api/auth/token", Json($$"""{"email": "{{ApiHost.VaderEmail}}", "password": "not-the-password"}"""));
        var unknownEmail = await client.PostAsync("/api/auth/token", Json($$"""{"email": "nobody@empire.com", "password": "{{ApiHost.Password}}"}"""));

        var first = await wrongPassword.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        var second = await unknownEmail.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        first.ToJsonString().ShouldBe(second.ToJsonString());
        first["detail"]!.GetValue<string>().ShouldNotContain("password is wrong");
    }

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/json", "{")]
    [InlineData("application/json", "null")]
    [InlineData("application/json", "[]")]
    [InlineData("application/json", "{\"email\": 42, \"password\": \"x\"}")]
    [InlineData("application/json", "{\"password\": \"x\"}")]
    [InlineData("application/json", "{\"email\": \"a@b.c\"}")]
    public async Task Malformed_token_requests_are_bad_requests(string mediaType, string body)
    {
        var response = await host.CreateClient().PostAsync("/api/auth/token", Json(body, mediaType));

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Token_request_must_be_json()
    {
        var response = await host.CreateClient().PostAsync("/api/auth/token", Json("email=a&password=b", "application/x-www-form-urlencoded"));

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
