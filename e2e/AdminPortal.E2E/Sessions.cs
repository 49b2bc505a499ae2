using AdminPortal.E2E.Pages;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>Browser contexts signed in as someone, in a light or dark system theme.</summary>
public static class Sessions
{
    public static async Task<(IBrowserContext Context, IPage Page)> SignInAsync(
        PortalFixture fixture, string email, string password, int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            TimezoneId = "Europe/Paris",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(email, password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/signin");
        return (context, page);
    }

    public static Task<(IBrowserContext Context, IPage Page)> AdminAsync(PortalFixture fixture, ColorScheme scheme = ColorScheme.Light, int width = 1440, int height = 900) =>
        SignInAsync(fixture, TestSecrets.AdminEmail, TestSecrets.AdminPassword, width, height, scheme);
}
