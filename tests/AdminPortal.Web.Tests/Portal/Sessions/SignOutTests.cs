using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;

namespace AdminPortal.Web.Tests.Portal.Sessions;

/// <summary>Signing out is a POST of the page's sign-out form: a link or another site's form cannot end a session.</summary>
public sealed class SignOutTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Sign_out_form_of_the_layout_ends_the_session()
    {
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(ApiHost.TarkinEmail, ApiHost.Password);

        var response = await browser.SignOutFromAsync("/agents");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalBrowser.PathOf(response).ShouldBe("/signin");
        PortalBrowser.PathOf(await browser.OpenAsync("/agents")).ShouldBe("/signin");
    }

    [Fact]
    public async Task Sign_out_form_of_the_widget_ends_the_session()
    {
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(ApiHost.RaymondEmail, ApiHost.Password);

        var response = await browser.SignOutFromAsync("/widget");

        PortalBrowser.PathOf(response).ShouldBe("/signin");
        PortalBrowser.PathOf(await browser.OpenAsync("/widget")).ShouldBe("/signin");
    }

    [Fact]
    public async Task A_link_to_signout_does_not_end_the_session()
    {
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(ApiHost.TarkinEmail, ApiHost.Password);

        var response = await browser.OpenAsync("/signout");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_does_not_end_the_session()
    {
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(ApiHost.TarkinEmail, ApiHost.Password);

        var response = await browser.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Reload the page and sign out again.");
        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
