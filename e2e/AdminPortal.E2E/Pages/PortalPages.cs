using Microsoft.Playwright;

namespace AdminPortal.E2E.Pages;

public sealed class BoardPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/";

    public ILocator Column(string status) => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = status, Exact = true });

    public ILocator Search => Page.GetByLabel("Search agents");

    public ILocator Agents => Page.Locator(".board-agent");
}

public sealed class AgentsPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/agents";

    public ILocator Rows => Page.Locator("tbody tr.mud-table-row");

    public ILocator Search => Page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true });

    /// <summary>Clicks Export CSV and returns the saved file's text.</summary>
    public async Task<string> ExportAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Button("Export CSV").ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}

public sealed class TeamsPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/teams";

    public async Task CreateAsync(string name)
    {
        await Page.GetByLabel("New team name").FillAsync(name);
        await Button("Create team").ClickAsync();
        await Snackbar($"Team {name} created").WaitForAsync();
    }

    public Task SelectAsync(string name) =>
        Page.GetByRole(AriaRole.Tree).GetByText(name, new LocatorGetByTextOptions { Exact = true }).ClickAsync();

    public async Task AddMemberAsync(string search, string option)
    {
        var picker = Page.GetByLabel("Add agent");
        await picker.FillAsync(search);
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Button("Add member").ClickAsync();
        await Snackbar("Member added").Last.WaitForAsync();
    }

    public ILocator Members => Page.Locator(".team-members");
}

public sealed class MenusPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/menus";
}

public sealed class AssignmentsPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/assignments";

    /// <summary>Types into a picker (menus and teams are searched on the server) and clicks the matching choice.</summary>
    public async Task PickAsync(ILocator picker, string option)
    {
        await picker.Locator("input").FillAsync(option);
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
    }

    public ILocator MenuSelect => Page.Locator(".mud-select").Filter(new LocatorFilterOptions { Has = Page.GetByText("Menu", new PageGetByTextOptions { Exact = true }) }).First;

    public ILocator TeamSelect => Page.Locator(".mud-select").Filter(new LocatorFilterOptions { Has = Page.GetByText("Team", new PageGetByTextOptions { Exact = true }) }).First;

    public ILocator TeamAssignments => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Team assignments" });

    public ILocator EffectiveAgents => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Effective agents" });
}

public sealed class StatusesPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/statuses";

    public ILocator Row(string name) => Page.Locator($"tr[data-status='{name}']");

    public async Task CreateAsync(string name, string hexColor)
    {
        await Button("New status").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        var nameField = dialog.GetByLabel("Name");
        await nameField.FillAsync(name);
        await nameField.PressAsync("Tab");
        var color = dialog.GetByLabel("Color");
        await color.FillAsync(hexColor);
        await color.PressAsync("Tab");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save" }).ClickAsync();
        try
        {
            await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The status dialog stayed open after Save; it shows: {await dialog.InnerTextAsync()}");
        }

        await Snackbar($"Status {name} saved").WaitForAsync();
    }
}

public sealed class ActivityPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/activity";
}

public sealed class WidgetPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/widget";

    public ILocator CurrentStatus => Page.GetByTestId("current-status");

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true });

    public ILocator StatusButton(string status) =>
        Page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Statuses" }).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = status, Exact = true });

    public ILocator Refusal => Page.Locator(".mud-alert-text-error, .mud-alert").Filter(new LocatorFilterOptions { HasText = "Agent" });

    public ILocator UnavailableReason => Page.GetByTestId("unavailable-reason");
}

public sealed class QueuesPage(IPage page) : BasePage(page)
{
    public override string PagePath => "/queues";

    /// <summary>The wallboard tile of a queue, by its menu path, channel and language ("Death Star (Calls, en)").</summary>
    public ILocator Tile(string name) => Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = name, Exact = true });

    public static ILocator Waiting(ILocator tile) => tile.GetByTestId("waiting");
}
