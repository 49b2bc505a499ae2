using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Web.Tests.Api.Auth;

namespace AdminPortal.Web.Tests.Portal.Sessions;

/// <summary>
/// A browser without JavaScript for Entra ID sign-in: the portal (its cookies, at <c>https://localhost</c>) and the
/// issuer (its own cookies, so the issuer session lives in it). It follows the protocol's redirects and submits the
/// issuer's auto-posting form by hand, as a browser's script would.
/// </summary>
public sealed partial class EntraBrowser : IDisposable
{
    private readonly EntraIdIssuerHost _host;
    private readonly HttpClient _issuer;

    public EntraBrowser(EntraIdIssuerHost host)
    {
        _host = host;
        _issuer = host.Issuer.CreateHttpClient(new CookieContainer());
        Portal = PortalBrowser.Open(host, EntraIdIssuerHost.PortalAddress);
    }

    public PortalBrowser Portal { get; }

    /// <summary>The portal's challenge: the redirect to the issuer's authorize endpoint (after "Sign in with Microsoft").</summary>
    public async Task<Uri> ChallengeAsync(string path = "/signin/entra")
    {
        var challenge = await Portal.Client.GetAsync(path);
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect, await challenge.Content.ReadAsStringAsync());
        return challenge.Headers.Location!;
    }

    /// <summary>Signs in through the issuer; answers the portal's last response (the redirect home, or to <c>/signin?refused=…</c>).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string path = "/signin/entra") => await AtIssuerAsync(await ChallengeAsync(path));

    /// <summary>Posts the sign-out form of <paramref name="page"/> and follows Entra ID's sign-out back to the portal.</summary>
    public async Task<(HttpResponseMessage SignOut, HttpResponseMessage Back)> SignOutAsync(string page)
    {
        var signOut = await Portal.SignOutFromAsync(page);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signOut.Content.ReadAsStringAsync());
        var atIssuer = await _issuer.GetAsync(signOut.Headers.Location);
        atIssuer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await atIssuer.Content.ReadAsStringAsync());
        return (signOut, await Portal.Client.GetAsync(atIssuer.Headers.Location));
    }

    /// <summary>The issuer's answer to the authorize request, carried back to the portal.</summary>
    private async Task<HttpResponseMessage> AtIssuerAsync(Uri authorize)
    {
        authorize.GetLeftPart(UriPartial.Authority).ShouldBe(new Uri(_host.Issuer.Instance).GetLeftPart(UriPartial.Authority));
        var answer = await _issuer.GetAsync(authorize);
        if (answer.StatusCode == HttpStatusCode.Redirect)
        {
            return await Portal.Client.GetAsync(answer.Headers.Location);
        }

        var html = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var action = FormAction().Match(html);
        action.Success.ShouldBeTrue(html);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return await Portal.Client.PostAsync(WebUtility.HtmlDecode(action.Groups[1].Value), new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _issuer.Dispose();

    [GeneratedRegex("<form method=\"POST\"[^>]* action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
