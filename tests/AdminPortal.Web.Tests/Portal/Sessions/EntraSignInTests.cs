using System.Net;
using AdminPortal.Web.Tests.Api.Auth;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Oidc;

namespace AdminPortal.Web.Tests.Portal.Sessions;

/// <summary>
/// Portal sign-in with Microsoft through an Entra ID-shaped issuer (Microsoft.Identity.Web's default: the ID token is
/// posted back): the role comes from the app roles, refusals are pages that say why, and signing out ends the session
/// at the issuer too.
/// </summary>
public sealed class EntraSignInTests(EntraIdIssuerHost host) : IClassFixture<EntraIdIssuerHost>
{
    [Fact]
    public async Task Admin_signs_in_with_Microsoft_and_opens_the_agents_page()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");

        var signedIn = await browser.SignInAsync();

        PortalBrowser.PathOf(signedIn).ShouldBe("/");
        var agents = await browser.Portal.OpenAsync("/agents");
        agents.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agents.Content.ReadAsStringAsync()).ShouldContain("<title>Agents · AdminPortal</title>");
    }

    [Fact]
    public async Task Role_comes_from_the_app_roles_not_from_the_stored_account()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.TarkinEmail, "agent");

        var signedIn = await browser.SignInAsync();

        PortalBrowser.PathOf(signedIn).ShouldBe("/widget");
        (await browser.Portal.OpenAsync("/widget")).StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalBrowser.PathOf(await browser.Portal.OpenAsync("/agents")).ShouldBe("/widget");
    }

    [Fact]
    public async Task User_who_is_not_an_agent_of_the_organisation_sees_a_page_saying_so()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail("jyn.erso@rebels.example.com", "agent");

        var refused = await browser.SignInAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldBe("/signin?refused=NotAnAgent");
        var page = await browser.Portal.OpenAsync(refused.Headers.Location.OriginalString);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("not an agent of this organisation");
        html.ShouldContain("signin/entra?account=another");
        PortalBrowser.PathOf(await browser.Portal.OpenAsync("/widget")).ShouldBe("/signin");
    }

    [Fact]
    public async Task User_without_an_app_role_sees_a_page_saying_so()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.VaderEmail);

        var refused = await browser.SignInAsync();

        refused.Headers.Location!.OriginalString.ShouldBe("/signin?refused=NoRole");
        (await (await browser.Portal.OpenAsync("/signin?refused=NoRole")).Content.ReadAsStringAsync()).ShouldContain("has no AdminPortal role");
        PortalBrowser.PathOf(await browser.Portal.OpenAsync("/widget")).ShouldBe("/signin");
    }

    [Fact]
    public async Task Sign_out_ends_the_portal_session_and_the_session_at_the_issuer()
    {
        using var browser = new EntraBrowser(host);
        var admin = host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");
        await browser.SignInAsync();
        host.Issuer.HasSessionFor(admin).ShouldBeTrue();

        var (signOut, back) = await browser.SignOutAsync("/agents");

        signOut.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe($"{host.Issuer.Instance}{host.Issuer.TenantId}/oauth2/v2.0/logout");
        signOut.Headers.Location.Query.ShouldContain("id_token_hint=");
        PortalBrowser.PathOf(back).ShouldBe("/signin");
        host.Issuer.HasSessionFor(admin).ShouldBeFalse();
        host.Issuer.EndedSessions.ShouldContain(s => s.User == admin && s.HadIdTokenHint);
        PortalBrowser.PathOf(await browser.Portal.OpenAsync("/agents")).ShouldBe("/signin");
    }

    [Fact]
    public async Task After_signing_out_the_next_sign_in_comes_back_with_the_new_users_role()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");
        PortalBrowser.PathOf(await browser.SignInAsync()).ShouldBe("/");
        await browser.SignOutAsync("/");

        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.Trooper5Email, "agent");
        var again = await browser.SignInAsync();

        // the issuer's session ended with the sign-out, so it signs in the next user rather than the admin again
        PortalBrowser.PathOf(again).ShouldBe("/widget");
        PortalBrowser.PathOf(await browser.Portal.OpenAsync("/agents")).ShouldBe("/widget");
    }

    [Fact]
    public async Task While_the_issuer_session_lives_signing_in_again_needs_no_new_choice()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");
        await browser.SignInAsync();

        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.Trooper5Email, "agent");
        var again = await browser.SignInAsync();
        var another = await browser.SignInAsync("/signin/entra?account=another");

        PortalBrowser.PathOf(again).ShouldBe("/");
        PortalBrowser.PathOf(another).ShouldBe("/widget");
    }

    [Fact]
    public async Task A_forged_or_replayed_sign_in_response_shows_the_sign_in_page_with_a_message()
    {
        var browser = PortalBrowser.Open(host, EntraIdIssuerHost.PortalAddress);

        var response = await browser.Client.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token"] = "not-a-token",
            ["state"] = "forged",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/signin?refused=failed");
        (await (await browser.OpenAsync("/signin?refused=failed")).Content.ReadAsStringAsync()).ShouldContain("Signing in with Microsoft did not work");
    }
}

/// <summary>A confidential app registration: the portal redeems the authorization code at the token endpoint (PKCE and client secret).</summary>
public sealed class EntraCodeFlowSignInTests(EntraIdCodeFlowHost host) : IClassFixture<EntraIdCodeFlowHost>
{
    [Fact]
    public async Task Admin_signs_in_through_the_authorization_code_flow()
    {
        using var browser = new EntraBrowser(host);
        host.Issuer.NextUser = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");

        var authorize = await browser.ChallengeAsync();
        var signedIn = await browser.SignInAsync();

        authorize.Query.ShouldContain("response_type=code");
        authorize.Query.ShouldContain("code_challenge_method=S256");
        PortalBrowser.PathOf(signedIn).ShouldBe("/");
        (await browser.Portal.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
