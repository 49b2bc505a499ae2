using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Portal.Sessions;

/// <summary>
/// A browser without JavaScript against the host: keeps cookies, does not follow redirects, fills the sign-in form with
/// its antiforgery token and posts the sign-out form of a page, as the static HTML offers them.
/// </summary>
public sealed partial class PortalBrowser(HttpClient client)
{
    public static PortalBrowser Open(AdminPortalHostFactory host, string baseAddress = "http://localhost") =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));

    public HttpClient Client { get; } = client;

    /// <summary>Opens the sign-in page, fills it in and posts it; answers the form's response (a redirect when signed in).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await Client.GetStringAsync("/signin");
        return await Client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = TokenIn(form),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Signs in and fails the test unless the form let the user in.</summary>
    public async Task SignInOrFailAsync(string email, string password)
    {
        var response = await SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The status of a page (200 when it renders, 302 with Location when sent away).</summary>
    public Task<HttpResponseMessage> OpenAsync(string path) => Client.GetAsync(path);

    /// <summary>Posts the sign-out form shown on <paramref name="page"/> (with its antiforgery token).</summary>
    public async Task<HttpResponseMessage> SignOutFromAsync(string page)
    {
        var html = await Client.GetStringAsync(page);
        return await Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TokenIn(html) }));
    }

    /// <summary>The path a redirect sends to.</summary>
    public static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost"), redirect.Headers.Location ?? throw new ShouldAssertException("No Location header.")).AbsolutePath;

    public static string TokenIn(string html) =>
        AntiforgeryField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new ShouldAssertException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
