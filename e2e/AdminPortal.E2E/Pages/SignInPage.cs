using Microsoft.Playwright;

namespace AdminPortal.E2E.Pages;

public sealed class SignInPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/signin";

    public ILocator Error => Page.GetByRole(AriaRole.Alert);

    /// <summary>The sign-in form is static (it sets the cookie), so no circuit to wait for.</summary>
    public async Task OpenAsync() => await Page.GotoAsync(PagePath);

    public async Task SignInAsync(string email, string password)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }
}
