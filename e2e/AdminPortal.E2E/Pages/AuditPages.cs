using Microsoft.Playwright;

namespace AdminPortal.E2E.Pages;

public sealed class AuditPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/audit";

    public ILocator Rows => Page.Locator("tbody tr.mud-table-row");

    /// <summary>The entry about <paramref name="resourceName"/> that changed <paramref name="member"/>.</summary>
    public ILocator Entry(string resourceName, string member) =>
        Rows.Filter(new LocatorFilterOptions { HasText = resourceName }).Filter(new LocatorFilterOptions { HasText = member + ":" });
}

public sealed class AgentProfilePage(IPage page, Guid agentId) : BasePage(page)
{
    public override string PagePath => $"/agents/{agentId}";

    public async Task DeactivateAsync()
    {
        await Button("Deactivate").ClickAsync();
        await Page.Locator(".mud-message-box").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Deactivate", Exact = true }).ClickAsync();
    }
}
