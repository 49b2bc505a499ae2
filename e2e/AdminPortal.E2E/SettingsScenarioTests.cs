using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Domain.Demo;
using AdminPortal.E2E.Pages;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class SettingsScenarioTests(PortalFixture fixture)
{
    [Fact]
    public async Task Admin_creates_an_api_credential_an_integration_signs_in_with_it_until_it_is_revoked()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var settings = new SettingsPage(page);
        await settings.GotoAsync();

        var secret = await settings.CreateOrganisationCredentialAsync("CRM integration");
        await Assertions.Expect(page.Locator(".new-secret")).ToContainTextAsync("it is shown only this once");
        await Assertions.Expect(settings.Credential("CRM integration")).ToContainTextAsync("never");
        await Screenshots.TakeAsync(page, fixture, "settings");
        using var integration = new HttpClient { BaseAddress = fixture.BaseAddress };
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoCast.Subdomain}:{secret}")));
        var before = await integration.GetAsync("/api/teams");

        await settings.RevokeAsync("CRM integration");
        var after = await integration.GetAsync("/api/teams");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Assertions.Expect(settings.Credential("CRM integration")).ToContainTextAsync("revoked");
        await Assertions.Expect(page.Locator(".new-secret")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Admin_changes_the_rate_limit()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var settings = new SettingsPage(page);
        await settings.GotoAsync();

        await settings.RateLimit.FillAsync("25");
        await settings.RateLimit.PressAsync("Tab");
        await settings.Button("Save rate limit").ClickAsync();

        await settings.Snackbar("Rate limit set to 25 requests per second").WaitForAsync();
    }
}
