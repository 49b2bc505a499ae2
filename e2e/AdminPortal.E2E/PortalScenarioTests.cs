using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class PortalScenarioTests(PortalFixture fixture)
{
    private const string AgentEmail = "rayd@nelson.com";

    [Fact]
    public async Task Admin_sets_up_a_team_and_a_status_and_sees_the_agents_widget_changes_live()
    {
        // Admin signs in and lands on the board
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        var signIn = new SignInPage(admin);
        await signIn.OpenAsync();
        await Screenshots.TakeAsync(admin, fixture, "signin");
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // a team with two agents
        var teams = new TeamsPage(admin);
        await teams.GotoAsync();
        await teams.CreateAsync("Rebel Squad");
        await teams.SelectAsync("Rebel Squad");
        await teams.AddMemberAsync("Raymond", "Raymond D");
        await teams.AddMemberAsync("Barry", "Barry Allen");
        await Assertions.Expect(teams.Members).ToContainTextAsync("Raymond D");
        await Assertions.Expect(teams.Members).ToContainTextAsync("Barry Allen");
        await Screenshots.TakeAsync(admin, fixture, "teams");

        // the team answers a menu in English voice calls as primary
        var assignments = new AssignmentsPage(admin);
        await assignments.GotoAsync();
        await assignments.PickAsync(assignments.MenuSelect, "Death Star");
        await assignments.PickAsync(assignments.TeamSelect, "Rebel Squad");
        await assignments.Button("Assign team").ClickAsync();
        await assignments.Snackbar("Team assigned").WaitForAsync();
        await Assertions.Expect(assignments.TeamAssignments).ToContainTextAsync("Rebel Squad");
        await Assertions.Expect(assignments.TeamAssignments.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Rebel Squad" }))
            .ToContainTextAsync("English");
        await Assertions.Expect(assignments.EffectiveAgents).ToContainTextAsync("Raymond D");
        await Screenshots.TakeAsync(admin, fixture, "assignments");

        // a custom status with a color
        var statuses = new StatusesPage(admin);
        await statuses.GotoAsync();
        await statuses.CreateAsync("Tea", "#ff9800");
        await Assertions.Expect(statuses.Row("Tea")).ToContainTextAsync("#ff9800");
        await Screenshots.TakeAsync(admin, fixture, "statuses");

        var board = new BoardPage(admin);
        await board.GotoAsync();

        // the agent opens the widget in another browser and picks Tea
        await using var agentContext = await fixture.NewContextAsync(360, 640);
        var agentPage = await agentContext.NewPageAsync();
        var agentSignIn = new SignInPage(agentPage);
        await agentSignIn.OpenAsync();
        await agentSignIn.SignInAsync(AgentEmail, TestSecrets.AgentPassword);
        await agentPage.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        var widget = new WidgetPage(agentPage);
        await widget.WaitForCircuitAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Offline");
        await Screenshots.TakeAsync(agentPage, fixture, "widget-signed-out");
        await widget.SignInButton.ClickAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Available");
        await Assertions.Expect(widget.SignInButton).ToHaveCountAsync(0);
        await widget.StatusButton("Tea").ClickAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Tea");

        // the admin's board shows it without reload
        await Assertions.Expect(board.Column("Tea")).ToContainTextAsync("Raymond D", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        await Screenshots.TakeAsync(admin, fixture, "board");

        // the phone system puts the agent on a call; Break picked meanwhile waits for the call, In-call stays the system's
        var agent = await fixture.AgentAsync(AgentEmail);
        await using (var scope = fixture.Host.ActAs(agent.OrganisationId))
        {
            var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
            var menu = await db.Menus.Where(m => m.Name == "Droid Repair").Select(m => m.Id).SingleAsync();
            var intake = scope.ServiceProvider.GetRequiredService<IContactIntake>();
            await intake.RecordAsync(Actor.System(agent.OrganisationId), new IntakeEvent(ContactKind.Call, "E2E-WIDGET-1", ContactEventType.Queued) { MenuId = menu });
            await intake.RecordAsync(Actor.System(agent.OrganisationId), new IntakeEvent(ContactKind.Call, "E2E-WIDGET-1", ContactEventType.Connected) { AgentId = agent.Id });
        }

        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("In-call");
        await Assertions.Expect(agentPage.GetByTestId("current-work")).ToContainTextAsync("On call");
        await Assertions.Expect(widget.StatusButton("In-call")).ToBeDisabledAsync();
        await widget.StatusButton("Break").ClickAsync();
        await Assertions.Expect(agentPage.GetByTestId("next-status")).ToHaveTextAsync("Next: Break after this call");
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("In-call");
        await Screenshots.TakeAsync(agentPage, fixture, "widget");

        // the remaining pages, for the record
        var agents = new AgentsPage(admin);
        await agents.GotoAsync();
        await Assertions.Expect(agents.Rows.First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, fixture, "agents");
        var menus = new MenusPage(admin);
        await menus.GotoAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Tree)).ToContainTextAsync("Death Star");
        await Screenshots.TakeAsync(admin, fixture, "menus");
        var activity = new ActivityPage(admin);
        await activity.GotoAsync();
        await Assertions.Expect(admin.Locator("tbody tr.mud-table-row").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, fixture, "activity");
    }

    [Fact]
    public async Task Opening_the_widget_signs_nobody_in()
    {
        await using var context = await fixture.NewContextAsync(360, 640);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var before = await StatusOfAsync(TestSecrets.AdminEmail);

        var widget = new WidgetPage(page);
        await widget.GotoAsync();
        await widget.WaitForCircuitAsync();

        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync(before);
        await Assertions.Expect(widget.SignInButton).ToBeVisibleAsync();
        await page.ReloadAsync();
        await widget.WaitForCircuitAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync(before);
        (await StatusOfAsync(TestSecrets.AdminEmail)).ShouldBe(before);
    }

    [Fact]
    public async Task Wrong_credentials_show_a_message_without_saying_which_part()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync(TestSecrets.AdminEmail, "not-the-password");

        await Assertions.Expect(signIn.Error).ToHaveTextAsync("Invalid email or password.");
        new Uri(page.Url).AbsolutePath.ShouldBe("/signin");
    }

    [Fact]
    public async Task Agent_who_closes_the_widget_goes_offline_after_the_grace_period()
    {
        const string email = "barry.allen@nelson.com";
        var context = await fixture.NewContextAsync(360, 640);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(email, TestSecrets.AgentPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        var widget = new WidgetPage(page);
        await widget.WaitForCircuitAsync();
        await widget.SignInButton.ClickAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Available");

        await context.CloseAsync();
        var statusRightAfter = await StatusOfAsync(email);
        var offline = await WaitForAsync(async () => await StatusOfAsync(email) == "Offline", TimeSpan.FromSeconds(20));

        statusRightAfter.ShouldBe("Available");
        offline.ShouldBeTrue("the agent should be Offline once the grace period is over");
        var agent = await fixture.AgentAsync(email);
        await using var scope = fixture.Host.ActAs(agent.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var lastChange = await db.OperatorStatuses.Where(s => s.SipUserId == agent.Id).OrderByDescending(s => s.CreatedAt).FirstAsync();
        var lastActivities = await db.AgentActivityLogs.Where(l => l.AgentId == agent.Id).OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id)
            .Select(l => l.Activity).Take(2).ToListAsync();
        lastChange.Source.ShouldBe(StatusSource.System);
        lastActivities.ShouldContain("logout");
    }

    private async Task<string> StatusOfAsync(string email)
    {
        await using var scope = fixture.Host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.Agents.IgnoreQueryFilters().Where(a => a.Email == email).Select(a => a.Status!.Name).SingleAsync();
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    [Fact]
    public async Task Agents_land_on_the_widget_and_cannot_open_admin_pages()
    {
        await using var context = await fixture.NewContextAsync(360, 640);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync("craigT@nelson.com", TestSecrets.AgentPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");

        await page.GotoAsync("/agents");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
    }
}
