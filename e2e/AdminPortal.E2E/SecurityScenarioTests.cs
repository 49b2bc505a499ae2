using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.E2E.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class SecurityScenarioTests(PortalFixture fixture)
{
    [Fact]
    public async Task Every_page_works_under_the_content_security_policy_without_a_console_error()
    {
        await using var context = await fixture.NewContextAsync();
        var problems = await BrowserProblems.WatchAsync(context);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        var signInResponse = await page.GotoAsync(signIn.PagePath);
        (await signInResponse!.HeaderValueAsync("content-security-policy") ?? "").ShouldContain("script-src 'self' 'nonce-");
        (await BrowserProblems.ViolationsAsync(page)).ShouldBeEmpty();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        var violations = new List<string>();
        BasePage[] pages = [new BoardPage(page), new AgentsPage(page), new TeamsPage(page), new MenusPage(page), new AssignmentsPage(page), new StatusesPage(page), new ActivityPage(page), new WidgetPage(page)];
        foreach (var portalPage in pages)
        {
            await portalPage.GotoAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (portalPage is StatusesPage statuses)
            {
                // a MudBlazor dialog and its popovers, under the same policy
                await statuses.Button("New status").ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
                await page.Keyboard.PressAsync("Escape");
            }

            violations.AddRange((await BrowserProblems.ViolationsAsync(page)).Select(v => $"{portalPage.PagePath}: {v}"));
        }

        violations.ShouldBeEmpty();
        problems.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sign_out_button_ends_the_session()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var board = new BoardPage(page);
        await board.WaitForCircuitAsync();

        await board.Button("Sign out").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        await page.GotoAsync("/agents");

        new Uri(page.Url).AbsolutePath.ShouldBe("/signin");
    }

    [Fact]
    public async Task Demoted_supervisor_open_page_is_signed_out_within_the_revalidation_interval()
    {
        var supervisor = await NewSupervisorAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(supervisor.Email, TestSecrets.AgentPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var agents = new AgentsPage(page);
        await agents.GotoAsync();
        await Assertions.Expect(agents.Rows.First).ToBeVisibleAsync();

        await using (var scope = fixture.Host.ActAs(supervisor.OrganisationId))
        {
            var admin = await fixture.AgentAsync(TestSecrets.AdminEmail);
            await scope.ServiceProvider.GetRequiredService<IAgentService>().UpdateAsync(
                new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin), supervisor.Id,
                new AgentDetails(supervisor.Email, supervisor.FirstName, null, supervisor.LastName, null, null, null, AgentRole.Agent, null));
        }

        // no click, no reload: the live circuit notices and the page leaves
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin", new PageWaitForURLOptions { Timeout = (float)(PortalFixture.RevalidationInterval * 5).TotalMilliseconds });
    }

    private async Task<Agent> NewSupervisorAsync()
    {
        var admin = await fixture.AgentAsync(TestSecrets.AdminEmail);
        await using var scope = fixture.Host.ActAs(admin.OrganisationId);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        return await scope.ServiceProvider.GetRequiredService<IAgentService>().CreateAsync(
            new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin),
            new AgentDetails($"supervisor-{suffix}@empire.com", "Moff", null, "Jerjerrod " + suffix, null, null, null, AgentRole.Supervisor, null),
            TestSecrets.AgentPassword);
    }
}
