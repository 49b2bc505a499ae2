using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Portal.Sessions;

namespace AdminPortal.Web.Tests.Security;

public sealed partial class SecurityHeadersTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/app.css")]
    [InlineData("/widget.js")]
    [InlineData("/api/agents")]
    [InlineData("/api/openapi.json")]
    [InlineData("/health")]
    public async Task Every_response_says_nosniff_and_same_origin_referrer(string path)
    {
        var response = await host.CreateClient().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task Portal_page_allows_only_its_own_scripts_and_the_nonce_of_its_import_map()
    {
        var response = await host.CreateClient().GetAsync("/signin");
        var html = await response.Content.ReadAsStringAsync();

        var policy = Policy(response);
        policy["default-src"].ShouldBe("'self'");
        policy["object-src"].ShouldBe("'none'");
        policy["base-uri"].ShouldBe("'self'");
        policy["form-action"].ShouldBe("'self'");
        policy["connect-src"].ShouldBe("'self'");
        var nonce = NonceSource().Match(policy["script-src"]).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        policy["script-src"].ShouldNotContain("unsafe-inline");
        policy["script-src"].ShouldNotContain("unsafe-eval");
        html.ShouldContain($"<script type=\"importmap\" nonce=\"{nonce}\">");
        InlineScripts().Matches(html).Count.ShouldBe(1, "every inline script needs the nonce");
    }

    [Fact]
    public async Task Each_response_gets_its_own_nonce()
    {
        var client = host.CreateClient();

        var first = Policy(await client.GetAsync("/signin"))["script-src"];
        var second = Policy(await client.GetAsync("/signin"))["script-src"];

        first.ShouldNotBe(second);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/")]
    [InlineData("/agents")]
    [InlineData("/widget")]
    public async Task Pages_cannot_be_framed_by_other_sites_when_no_embedding_is_configured(string path)
    {
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(ApiHost.AdminEmail, TestBuildingBlocks.Hosting.TestSecrets.AdminPassword);

        var response = await browser.OpenAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Policy(response)["frame-ancestors"].ShouldBe("'self'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
    }

    [Fact]
    public async Task Api_answers_allow_nothing_and_cannot_be_framed()
    {
        var response = await host.CreateClient().GetAsync("/api/agents");

        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["default-src 'none'; frame-ancestors 'none'"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task Cookies_are_secure_over_https_and_lax_or_strict_without_embedding()
    {
        var overHttps = PortalBrowser.Open(host, "https://localhost");
        var overHttp = PortalBrowser.Open(host, "http://localhost");

        var httpsSignIn = await overHttps.SignInAsync(ApiHost.TarkinEmail, ApiHost.Password);
        var httpForm = await overHttp.OpenAsync("/signin");

        var session = CookieNamed(httpsSignIn, "AdminPortal");
        session.ShouldContain("; secure", Case.Insensitive);
        session.ShouldContain("samesite=lax", Case.Insensitive);
        session.ShouldContain("httponly", Case.Insensitive);
        var antiforgery = CookieNamed(httpForm, ".AspNetCore.Antiforgery");
        antiforgery.ShouldNotContain("secure", Case.Insensitive);
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);
    }

    internal static string CookieNamed(HttpResponseMessage response, string prefix) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal)) is { } cookie
            ? cookie
            : throw new ShouldAssertException($"No {prefix} cookie was set ({(int)response.StatusCode}).");

    internal static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScripts();
}
