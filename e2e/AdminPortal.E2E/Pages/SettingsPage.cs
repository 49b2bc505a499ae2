using Microsoft.Playwright;

namespace AdminPortal.E2E.Pages;

public sealed class SettingsPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/settings";

    public ILocator NewSecret => Page.Locator(".new-secret input");

    public ILocator Credential(string name) => Page.Locator($"tr[data-credential='{name}']");

    public ILocator RateLimit => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "API rate limit" }).GetByLabel("Requests per second");

    /// <summary>Creates a credential of the kind organisation and returns the secret the page shows once.</summary>
    public async Task<string> CreateOrganisationCredentialAsync(string name)
    {
        var credentials = Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "API credentials" });
        await credentials.GetByLabel("Name").FillAsync(name);
        await Button("Create credential").ClickAsync();
        await Snackbar($"Credential {name} created").WaitForAsync();
        return await NewSecret.InputValueAsync();
    }

    public async Task RevokeAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Revoke {name}" }).ClickAsync();
        await Page.Locator(".mud-message-box").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Revoke", Exact = true }).ClickAsync();
        await Snackbar($"Credential {name} revoked").WaitForAsync();
    }
}
