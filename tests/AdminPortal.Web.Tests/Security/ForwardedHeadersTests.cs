using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Hosting;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Security;

public sealed class UntrustedForwardedHeadersTests(UntrustedProxyHost host) : IClassFixture<UntrustedProxyHost>
{
    [Fact]
    public async Task A_client_cannot_claim_other_addresses_to_escape_the_anonymous_limit()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => host.Client(forwardedFor: $"198.51.100.{i}").GetAsync("/api/agents")));

        // 12 requests from one real address within one or two one-second windows: at most 2 × 3 get through
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task A_client_cannot_claim_https_to_get_cookies_meant_for_https()
    {
        var response = await host.Client(forwardedProto: "https").GetAsync("/signin");

        SecurityHeadersTests.CookieNamed(response, ".AspNetCore.Antiforgery").ShouldNotContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task A_flood_of_bad_tokens_does_not_stop_sign_ins_from_the_same_address()
    {
        var flooding = host.Client();
        flooding.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        var flood = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => flooding.GetAsync("/api/agents")));

        var signIn = await host.Client().PostAsync("/api/auth/token", Json($$"""{"email": "{{TestSecrets.AdminEmail}}", "password": "{{TestSecrets.AdminPassword}}"}"""));

        flood.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBeGreaterThan(0);
        var throttled = await flood.First(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
        throttled["detail"]!.GetValue<string>().ShouldStartWith("The limit for requests without a token from this address was exceeded");
        await signIn.ShouldBeOkAsync();
    }
}

public sealed class TrustedForwardedHeadersTests(TrustedProxyHost host) : IClassFixture<TrustedProxyHost>
{
    [Fact]
    public async Task Clients_behind_a_trusted_proxy_are_counted_apart()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 4).SelectMany(client =>
            Enumerable.Range(0, 3).Select(_ => host.Client(forwardedFor: $"203.0.113.{client}").GetAsync("/api/agents"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task One_client_behind_the_proxy_is_still_limited()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.Client(forwardedFor: "203.0.113.99").GetAsync("/api/agents")));

        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task Https_at_a_trusted_proxy_makes_cookies_secure()
    {
        var response = await host.Client(forwardedFor: "203.0.113.50", forwardedProto: "https").GetAsync("/signin");

        SecurityHeadersTests.CookieNamed(response, ".AspNetCore.Antiforgery").ShouldContain("; secure", Case.Insensitive);
    }
}

public sealed class TokenThrottlingTests(ThrottledSignInHost host) : IClassFixture<ThrottledSignInHost>
{
    private const string Vader = "notanakinskywalker@empire.com";

    [Fact]
    public async Task Locked_account_refuses_even_the_right_password_with_429_and_when_to_retry()
    {
        for (var i = 1; i <= 3; i++)
        {
            var wrong = await TokenAsync(Vader, "not-it", $"192.0.2.{i}");
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var right = await TokenAsync(Vader, TestSecrets.AgentPassword, "192.0.2.200");

        var error = await right.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
        error["detail"]!.GetValue<string>().ShouldBe("Too many failed sign-ins. Try again in 10 minutes.");
        right.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(590, 600);
    }

    [Fact]
    public async Task Locked_address_refuses_every_account_while_other_addresses_sign_in()
    {
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync($"nobody{i}@empire.com", "guess", "192.0.2.66");
        }

        var fromThere = await TokenAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword, "192.0.2.66");
        var fromElsewhere = await TokenAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword, "192.0.2.67");

        await fromThere.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
        await fromElsewhere.ShouldBeOkAsync();
    }

    [Fact]
    public async Task Form_and_token_endpoint_share_the_count()
    {
        const string email = "trooper1@empire.com";
        var form = new Portal.Sessions.PortalBrowser(host.Client(forwardedFor: "192.0.2.80", keepCookies: true));
        var formPage = await form.SignInAsync(email, "guess-1");
        await form.SignInAsync(email, "guess-2");
        await TokenAsync(email, "guess-3", "192.0.2.81");

        var lockedForm = await form.SignInAsync(email, TestSecrets.AgentPassword);

        (await formPage.Content.ReadAsStringAsync()).ShouldContain("Invalid email or password.");
        lockedForm.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lockedForm.Content.ReadAsStringAsync()).ShouldContain("Too many failed sign-ins. Try again in 10 minutes.");
    }

    private Task<HttpResponseMessage> TokenAsync(string email, string password, string address) =>
        host.Client(forwardedFor: address).PostAsync("/api/auth/token", Json($$"""{"email": "{{email}}", "password": "{{password}}"}"""));
}
