using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using Bunit;
using WidgetPage = AdminPortal.Web.Components.Pages.Widget.Widget;

namespace AdminPortal.Web.Tests.Portal.Widget;

public sealed class WidgetTests(PortalDatabase database) : BunitTest(database)
{
    private async Task<Agent> SignInAgentAsync(string status = "Available", TimeSpan? inStatus = null)
    {
        var agent = await Data.AddAgentAsync("Storm", "Trooper", status, inStatus);
        SignInAs(agent);
        return agent;
    }

    [Fact]
    public async Task Shows_own_status_and_time_in_it()
    {
        await SignInAgentAsync("Break", TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(7));

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='current-status']").TextContent.ShouldBe("Break");
            page.Find("[data-testid='time-in-status']").TextContent.ShouldBe("3m 07s");
        });
    }

    [Fact]
    public async Task Shows_the_full_name_with_the_middle_name()
    {
        var agent = await SignInAgentAsync();
        await using (var scope = Database.ActAs(Data.OrganisationId))
        {
            (await scope.Db.Agents.FindAsync(agent.Id))!.MiddleName = "TK";
            await scope.Db.SaveChangesAsync();
        }

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() => page.Find(".widget-name").TextContent.ShouldBe("Storm TK Trooper"));
    }

    [Fact]
    public async Task System_statuses_are_shown_but_not_clickable()
    {
        await SignInAgentAsync();

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() =>
        {
            Button(page, "In-call").HasAttribute("disabled").ShouldBeTrue();
            Button(page, "Wrap-up").HasAttribute("disabled").ShouldBeTrue();
            Button(page, "Break").HasAttribute("disabled").ShouldBeFalse();
        });
    }

    [Fact]
    public async Task While_in_a_call_the_manual_statuses_stay_available_because_a_pick_waits_for_the_call()
    {
        await SignInAgentAsync("In-call");

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() =>
        {
            foreach (var manual in new[] { "Available", "Break", "Meal", "Unavailable", "Special Task", "Offline" })
            {
                Button(page, manual).HasAttribute("disabled").ShouldBeFalse(manual);
            }

            Button(page, "Wrap-up").HasAttribute("disabled").ShouldBeTrue();
            page.FindAll("[data-testid='unavailable-reason']").ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task A_signed_in_agent_sees_no_reason_and_every_manual_status_available()
    {
        await SignInAgentAsync("Break");

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() => Button(page, "Meal").HasAttribute("disabled").ShouldBeFalse());
        page.FindAll("[data-testid='unavailable-reason']").ShouldBeEmpty();
        page.FindAll("h1").ShouldHaveSingleItem().TextContent.ShouldBe("Storm Trooper");
    }

    [Fact]
    public async Task One_click_changes_the_status_as_the_widget()
    {
        var agent = await SignInAgentAsync();
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() => Button(page, "Meal"));

        await Button(page, "Meal").ClickAsync();

        Calls.All.ShouldContain($"Change {agent.Id} Meal Widget");
    }

    [Fact]
    public async Task Shows_the_rule_message_when_refused()
    {
        await SignInAgentAsync();
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() => Button(page, "Meal"));
        Calls.Refusal = new RuleViolationException(StatusMessages.FromSystemStatus("In-call"));

        await Button(page, "Meal").ClickAsync();

        page.WaitForAssertion(() => page.Find(".mud-alert").TextContent.ShouldContain("Agent can't be changed from system status 'In-call'"));
    }

    [Theory]
    [InlineData("Offline")]
    [InlineData("Available")]
    [InlineData("In-call")]
    public async Task Opening_the_widget_changes_no_status(string status)
    {
        var agent = await SignInAgentAsync(status);

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='current-status']").TextContent.ShouldBe(status));
        page.WaitForAssertion(() => Presence.OpenWidgets(agent.Id).ShouldBe(1));
        Calls.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task Signed_out_agent_signs_in_with_the_button_from_the_widget()
    {
        var agent = await SignInAgentAsync("Offline");
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='sign-in']"));

        await page.Find("[data-testid='sign-in']").ClickAsync();

        Calls.All.ShouldBe([$"Change {agent.Id} log in Widget Widget"]);
    }

    [Fact]
    public async Task Signed_in_agent_is_not_offered_to_sign_in()
    {
        await SignInAgentAsync("Break");

        var (_, page) = RenderPage<WidgetPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='current-status']").TextContent.ShouldBe("Break"));
        page.FindAll("[data-testid='sign-in']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Keeps_presence_while_open_and_releases_it_when_closed()
    {
        var agent = await SignInAgentAsync();
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() => Presence.OpenWidgets(agent.Id).ShouldBe(1));

        await Context.DisposeComponentsAsync();

        Presence.OpenWidgets(agent.Id).ShouldBe(0);
    }

    [Fact]
    public async Task Updates_when_its_status_changes_elsewhere()
    {
        var agent = await SignInAgentAsync("Available");
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='current-status']").TextContent.ShouldBe("Available"));
        var inCall = await Data.StatusAsync("In-call");
        await using (var scope = Database.ActAs(Data.OrganisationId))
        {
            (await scope.Db.Agents.FindAsync(agent.Id))!.StatusId = inCall.Id;
            await scope.Db.SaveChangesAsync();
        }

        await page.InvokeAsync(() => Feed.Publish(new AgentStatusChanged(
            Data.OrganisationId, agent.Id, agent.Name, inCall.Id, "In-call", "light_blue", StatusCategory.Busy, StatusSource.System, Data.Now)));

        page.WaitForAssertion(() => page.Find("[data-testid='current-status']").TextContent.ShouldBe("In-call"));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<WidgetPage> page, string status) =>
        page.FindAll(".widget-status-button").Single(b => b.TextContent.Trim() == status);
}
