using AdminPortal.E2E.Pages;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;
using TestBuildingBlocks.Oidc;

namespace AdminPortal.E2E;

/// <summary>Signing in with Microsoft through the local Entra ID-shaped issuer, in Chromium, as an admin and as an agent.</summary>
[Collection(PortalCollection.Name)]
public sealed class EntraSignInScenarioTests(PortalFixture fixture, EntraSignInFixture entra) : IClassFixture<EntraSignInFixture>
{
    [Fact]
    public async Task Admin_opens_agents_and_agent_opens_the_widget_each_signing_in_and_out_with_Microsoft()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = entra.PortalAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var problems = await BrowserProblems.WatchAsync(context);
        var page = await context.NewPageAsync();

        var admin = entra.Issuer.NextUser = OidcUser.WithEmail(TestSecrets.AdminEmail, "admin");
        await SignInWithMicrosoftAsync(page);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var agents = new AgentsPage(page);
        await agents.GotoAsync();
        await Assertions.Expect(agents.Rows.First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, fixture, "entra-agents");
        entra.Issuer.HasSessionFor(admin).ShouldBeTrue();

        await agents.Button("Sign out").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        entra.Issuer.HasSessionFor(admin).ShouldBeFalse("signing out of the portal ends the session at the issuer too");
        entra.Issuer.EndedSessions.ShouldContain(s => s.User == admin && s.HadIdTokenHint);

        var agent = entra.Issuer.NextUser = OidcUser.WithEmail("trooper5@empire.com", "agent");
        await SignInWithMicrosoftAsync(page);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        var widget = new WidgetPage(page);
        await widget.WaitForCircuitAsync();
        await Assertions.Expect(widget.CurrentStatus).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, fixture, "entra-widget");
        await page.GotoAsync("/agents");
        new Uri(page.Url).AbsolutePath.ShouldBe("/widget", "an agent is sent from the agents page to its widget");
        await widget.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        entra.Issuer.HasSessionFor(agent).ShouldBeFalse();
        await page.GotoAsync("/widget");
        new Uri(page.Url).AbsolutePath.ShouldBe("/signin");
        problems.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Microsoft_user_who_is_not_an_agent_sees_the_sign_in_page_saying_so()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = entra.PortalAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var problems = await BrowserProblems.WatchAsync(context);
        var page = await context.NewPageAsync();
        var stranger = OidcUser.WithEmail("cassian.andor@rebels.example.com", "agent");
        entra.Issuer.NextUser = stranger;

        await SignInWithMicrosoftAsync(page);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin" && new Uri(url).Query == "?refused=NotAnAgent");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not an agent of this organisation");
        await Screenshots.TakeAsync(page, fixture, "entra-not-an-agent");

        // the issuer still has the stranger signed in: choosing another account gets the next user instead
        entra.Issuer.NextUser = OidcUser.WithEmail("trooper6@empire.com", "agent");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in with another Microsoft account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        problems.ConsoleErrors.ShouldBeEmpty();
    }

    private static async Task SignInWithMicrosoftAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in with Microsoft", Exact = true }).ClickAsync();
    }
}
