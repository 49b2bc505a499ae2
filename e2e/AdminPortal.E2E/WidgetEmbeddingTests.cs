using System.Text.RegularExpressions;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>The agent widget inside a page of another site, as <c>widget.js</c> puts it there.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class WidgetEmbeddingTests(PortalFixture fixture, EmbeddedWidgetFixture embedded) : IClassFixture<EmbeddedWidgetFixture>
{
    private const string AgentEmail = "trooper5@empire.com";

    [Fact]
    public async Task Agent_signs_in_inside_the_embedded_widget_and_changes_a_status()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
        });
        var problems = await BrowserProblems.WatchAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(embedded.CrmPage.ToString());
        var frame = page.FrameLocator("iframe[title='Agent status']");

        // the widget sends a signed-out agent to the sign-in form, inside the frame
        await frame.GetByLabel("Email").FillAsync(AgentEmail);
        await frame.GetByLabel("Password").FillAsync(TestSecrets.AgentPassword);
        await frame.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();

        var statuses = frame.GetByRole(AriaRole.Group, new FrameLocatorGetByRoleOptions { Name = "Statuses" });
        await Assertions.Expect(statuses).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(frame.Locator("[data-interactive='true']")).ToBeAttachedAsync(new LocatorAssertionsToBeAttachedOptions { Timeout = 30_000 });
        await GoOnlineIfAskedAsync(frame);
        var breakButton = statuses.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Break", Exact = true });
        await Assertions.Expect(breakButton).ToBeEnabledAsync();
        await breakButton.ClickAsync();

        await Assertions.Expect(frame.GetByTestId("current-status")).ToHaveTextAsync("Break");
        (await StatusOfAgentAsync()).ShouldBe("Break");
        new Uri(page.Url).ShouldBe(embedded.CrmPage, "the CRM page stays where it is; only the frame navigates");
        await Screenshots.TakeAsync(page, fixture, "widget-embedded");
        problems.ConsoleErrors.ShouldBeEmpty();
    }

    /// <summary>A widget that asks for an explicit "go online" step before statuses can be picked gets it.</summary>
    private static async Task GoOnlineIfAskedAsync(IFrameLocator frame)
    {
        var goOnline = frame.GetByRole(AriaRole.Button, new FrameLocatorGetByRoleOptions { NameRegex = GoOnlineNames() });
        if (await goOnline.CountAsync() > 0 && await goOnline.First.IsEnabledAsync())
        {
            await goOnline.First.ClickAsync();
        }
    }

    private async Task<string> StatusOfAgentAsync()
    {
        await using var scope = embedded.Portal.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.Agents.IgnoreQueryFilters().Where(a => a.Email == AgentEmail).Select(a => a.Status!.Name).SingleAsync();
    }

    [GeneratedRegex("^(sign in|log in|go online|start)", RegexOptions.IgnoreCase)]
    private static partial Regex GoOnlineNames();
}
