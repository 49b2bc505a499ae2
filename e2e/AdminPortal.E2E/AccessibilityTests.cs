using AdminPortal.E2E.Pages;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdminPortal.E2E;

/// <summary>axe-core on every page, light and dark: no serious or critical violation; one h1 and a main landmark each.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture fixture)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var path in new[] { "/", "/agents", "/teams", "/menus", "/assignments", "/statuses", "/activity", "/audit", "/settings", "/widget", "/no-such-page" })
            {
                data.Add(path, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_serious_or_critical_violation(string path, ColorScheme scheme)
    {
        var (context, page) = await Sessions.AdminAsync(fixture, scheme);
        await using var _ = context;

        await OpenAsync(page, path);
        await ThemeAppliedAsync(page, scheme);

        await AssertAccessibleAsync(page, $"{path} ({scheme})");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_sign_in_page_has_no_serious_or_critical_violation(ColorScheme scheme)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ColorScheme = scheme });
        var page = await context.NewPageAsync();

        await new SignInPage(page).OpenAsync();

        await AssertAccessibleAsync(page, $"/signin ({scheme})");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Pages_with_their_details_and_dialogs_open_have_no_serious_or_critical_violation(ColorScheme scheme)
    {
        var (context, page) = await Sessions.AdminAsync(fixture, scheme);
        await using var _ = context;

        var teams = new TeamsPage(page);
        await teams.GotoAsync();
        await ThemeAppliedAsync(page, scheme);
        await teams.SelectAsync("Storm Trooper Regiment");
        await Assertions.Expect(teams.Members).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, $"/teams with a team ({scheme})");

        var assignments = new AssignmentsPage(page);
        await assignments.GotoAsync();
        await ThemeAppliedAsync(page, scheme);
        await assignments.PickAsync(assignments.MenuSelect, "Death Star");
        await Assertions.Expect(assignments.EffectiveAgents).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, $"/assignments with a menu ({scheme})");

        var board = new BoardPage(page);
        await board.GotoAsync();
        await ThemeAppliedAsync(page, scheme);
        await board.Agents.First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, $"/ with an agent's dialog ({scheme})");

        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Profile" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/agents/", StringComparison.Ordinal));
        await page.Locator(".status-history").WaitForAsync();
        await ThemeAppliedAsync(page, scheme);
        await AssertAccessibleAsync(page, $"an agent's profile ({scheme})");
    }

    [Fact]
    public async Task An_unknown_address_shows_the_portals_own_page_not_found_inside_the_layout()
    {
        var (context, page) = await Sessions.AdminAsync(fixture);
        await using var _ = context;

        var response = await page.GotoAsync("/no-such-page");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Page not found");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })).ToBeVisibleAsync();
        var api = await page.APIRequest.GetAsync("/api/no-such-resource");
        (await api.TextAsync()).ShouldNotContain("Page not found");
    }

    [Fact]
    public async Task Keyboard_skip_link_escape_and_tree()
    {
        var (context, page) = await Sessions.AdminAsync(fixture);
        await using var _ = context;
        var teams = new TeamsPage(page);
        await teams.GotoAsync();

        var firstTabStop = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('a[href], button, input, [tabindex]')].find(e => e.tabIndex >= 0)?.textContent");
        firstTabStop.ShouldBe("Skip to content");
        var skip = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to content" });
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main-content")).ToBeFocusedAsync();

        var tree = page.GetByRole(AriaRole.Tree, new PageGetByRoleOptions { Name = "Team tree" });
        var first = tree.GetByRole(AriaRole.Treeitem).First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var second = tree.GetByRole(AriaRole.Treeitem).Nth(1);
        await Assertions.Expect(second).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(second).ToHaveAttributeAsync("aria-selected", "false");

        var statuses = new StatusesPage(page);
        await statuses.GotoAsync();
        await statuses.Button("New status").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Name" }).FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        if (path == "/no-such-page")
        {
            await page.GotoAsync(path);
            await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            return;
        }

        await new PathPage(page, path).GotoAsync();
        await page.Locator("h1").First.WaitForAsync();
    }

    /// <summary>The page follows the browser's light or dark preference once its circuit asked for it.</summary>
    private static Task ThemeAppliedAsync(IPage page, ColorScheme scheme) =>
        page.WaitForFunctionAsync(
            "dark => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return dark ? r + g + b < 200 : r + g + b > 600; }",
            scheme == ColorScheme.Dark);

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty($"{what}:\n{string.Join("\n", serious.Select(Describe))}");
        if (!what.StartsWith("/signin", StringComparison.Ordinal))
        {
            (await page.Locator("h1").CountAsync()).ShouldBe(1, what);
            (await page.Locator("main").CountAsync()).ShouldBe(1, what);
        }
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => $"{n.Target} {n.Html}"))}";

    private sealed class PathPage(IPage page, string path) : BasePage(page)
    {
        public override string PagePath => path;
    }
}
