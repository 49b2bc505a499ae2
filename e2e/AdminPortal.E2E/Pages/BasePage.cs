using Microsoft.Playwright;

namespace AdminPortal.E2E.Pages;

/// <summary>A portal page: its path, and navigation that waits until the Blazor circuit has attached.</summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    public abstract string PagePath { get; }

    /// <summary>Opens the page and waits for the <c>_blazor</c> WebSocket and the first interactive render: prerendered buttons do nothing before.</summary>
    public async Task GotoAsync()
    {
        var socket = Page.WaitForWebSocketAsync(new PageWaitForWebSocketOptions
        {
            Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal),
        });
        await Page.GotoAsync(PagePath);
        await socket;
        await WaitForCircuitAsync();
    }

    public Task WaitForCircuitAsync() =>
        Page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>The text of the snackbar messages shown.</summary>
    public ILocator Snackbar(string text) => Page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = text });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
}
