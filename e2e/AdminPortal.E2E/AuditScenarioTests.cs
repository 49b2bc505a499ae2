using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.E2E.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class AuditScenarioTests(PortalFixture fixture)
{
    [Fact]
    public async Task Admin_edits_an_agent_and_finds_the_change_in_the_audit_trail()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsAdminAsync(page);
        var agents = new AgentsPage(page);
        await agents.GotoAsync();
        await page.GetByLabel("Search").FillAsync("Raymond");
        await Assertions.Expect(agents.Rows).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Edit Raymond D" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Location").FillAsync("Nelson HQ");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save" }).ClickAsync();
        await agents.Snackbar("Raymond D saved").WaitForAsync();

        var audit = new AuditPage(page);
        await audit.GotoAsync();

        var entry = audit.Entry("Raymond D", "Location");
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry).ToContainTextAsync("Changed");
        await Assertions.Expect(entry).ToContainTextAsync("Nelson HQ");
        await Assertions.Expect(entry).ToContainTextAsync("Demo Admin");
        await Assertions.Expect(entry).ToContainTextAsync("Portal");
        await Screenshots.TakeAsync(page, fixture, "audit");
        await entry.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Raymond D" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Raymond D");
        await Assertions.Expect(page.Locator(".profile-details")).ToContainTextAsync("Nelson HQ");
    }

    [Fact]
    public async Task Admin_deactivates_an_agent_from_its_profile_who_then_cannot_sign_in_and_leaves_the_agents_grid()
    {
        var kylo = await NewAgentAsync("kylo.ren@firstorder.example.com", "Kylo", "Ren");
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignInAsAdminAsync(admin);
        var profile = new AgentProfilePage(admin, kylo.Id);
        await profile.GotoAsync();
        await Screenshots.TakeAsync(admin, fixture, "agent-profile");

        await profile.DeactivateAsync();

        await profile.Snackbar("Kylo Ren is deactivated").WaitForAsync();
        await Assertions.Expect(admin.Locator(".profile-deactivated")).ToBeVisibleAsync();
        var agents = new AgentsPage(admin);
        await agents.GotoAsync();
        await admin.GetByLabel("Search").FillAsync("Kylo");
        await Assertions.Expect(agents.Rows.Filter(new LocatorFilterOptions { HasText = "Kylo Ren" })).ToHaveCountAsync(0);
        await using var kyloContext = await fixture.NewContextAsync();
        var kyloPage = await kyloContext.NewPageAsync();
        var signIn = new SignInPage(kyloPage);
        await signIn.OpenAsync();
        await signIn.SignInAsync(kylo.Email, Password);
        await Assertions.Expect(signIn.Error).ToContainTextAsync("Invalid email or password.");
    }

    private const string Password = "Supreme-leader-1";

    /// <summary>An agent of the demo organisation of this test alone (others' scenarios use the demo cast).</summary>
    private async Task<Agent> NewAgentAsync(string email, string first, string last)
    {
        var admin = await fixture.AgentAsync(TestSecrets.AdminEmail);
        await using var scope = fixture.Host.ActAs(admin.OrganisationId);
        var details = new AgentDetails(email, first, null, last, null, null, null, AgentRole.Agent, null);
        return await scope.ServiceProvider.GetRequiredService<IAgentService>().CreateAsync(new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin), details, Password);
    }

    private static async Task SignInAsAdminAsync(IPage page)
    {
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
