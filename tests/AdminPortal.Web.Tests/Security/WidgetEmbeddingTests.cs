using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Portal.Sessions;
using TestBuildingBlocks.Hosting;
using static AdminPortal.Web.Tests.Security.SecurityHeadersTests;

namespace AdminPortal.Web.Tests.Security;

/// <summary>A host that lets two CRM origins frame the agent widget.</summary>
public sealed class EmbeddingHost()
    : ApiHost(new Dictionary<string, string?>
    {
        ["Widget:FrameAncestors:0"] = "https://crm.example.com",
        ["Widget:FrameAncestors:1"] = "https://*.helpdesk.example.org/",
    })
{
    public const string Ancestors = "'self' https://crm.example.com https://*.helpdesk.example.org";
}

public sealed class WidgetEmbeddingTests(EmbeddingHost host) : IClassFixture<EmbeddingHost>
{
    [Fact]
    public async Task Widget_may_be_framed_by_the_configured_origins()
    {
        var browser = PortalBrowser.Open(host, "https://localhost");
        await browser.SignInOrFailAsync(ApiHost.RaymondEmail, ApiHost.Password);

        var widget = await browser.OpenAsync("/widget");

        widget.StatusCode.ShouldBe(HttpStatusCode.OK);
        Policy(widget)["frame-ancestors"].ShouldBe(EmbeddingHost.Ancestors);
        widget.Headers.Contains("X-Frame-Options").ShouldBeFalse();
    }

    [Fact]
    public async Task Sign_in_page_the_widget_leads_to_may_be_framed_too()
    {
        var signIn = await host.CreateClient().GetAsync("/signin?returnUrl=widget");

        Policy(signIn)["frame-ancestors"].ShouldBe(EmbeddingHost.Ancestors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agents")]
    [InlineData("/teams")]
    [InlineData("/settings-that-do-not-exist")]
    public async Task Other_pages_stay_unframeable(string path)
    {
        var browser = PortalBrowser.Open(host, "https://localhost");
        await browser.SignInOrFailAsync(ApiHost.AdminEmail, TestSecrets.AdminPassword);

        var response = await browser.OpenAsync(path);

        Policy(response)["frame-ancestors"].ShouldBe("'self'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
    }

    [Fact]
    public async Task Over_https_cookies_work_inside_a_frame_of_another_site()
    {
        var browser = PortalBrowser.Open(host, "https://localhost");

        var form = await browser.OpenAsync("/signin");
        var signIn = await browser.SignInAsync(ApiHost.RaymondEmail, ApiHost.Password);

        foreach (var cookie in new[] { CookieNamed(form, ".AspNetCore.Antiforgery"), CookieNamed(signIn, "AdminPortal") })
        {
            cookie.ShouldContain("samesite=none", Case.Insensitive);
            cookie.ShouldContain("; secure", Case.Insensitive);
            cookie.ShouldContain("; partitioned", Case.Insensitive);
        }
    }

    [Fact]
    public async Task Over_plain_http_cookies_stay_same_site()
    {
        var form = await PortalBrowser.Open(host, "http://localhost").OpenAsync("/signin");

        var cookie = CookieNamed(form, ".AspNetCore.Antiforgery");
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        cookie.ShouldNotContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task An_origin_that_is_not_an_origin_stops_the_start()
    {
        await using var broken = new AdminPortalHostFactory(new AdminPortalHostOptions
        {
            Demo = false,
            Settings = new Dictionary<string, string?> { ["Widget:FrameAncestors:0"] = "https://crm.example.com/agents/embed" },
        });

        var failure = Should.Throw<InvalidOperationException>(() => broken.CreateClient());

        failure.Message.ShouldContain("Widget:FrameAncestors holds 'https://crm.example.com/agents/embed'");
    }
}
