using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Portal.Queries;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using BoardPage = AdminPortal.Web.Components.Pages.Board.Board;

namespace AdminPortal.Web.Tests.Portal.Board;

public sealed class BoardTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Shows_agents_under_their_status_with_time_in_status()
    {
        // Arrange
        await Data.AddAgentAsync("Darth", "Vader", "Break", TimeSpan.FromMinutes(62));
        await Data.AddAgentAsync("Storm", "Trooper", "Available", TimeSpan.FromSeconds(45));

        // Act
        var (_, page) = RenderPage<BoardPage>();

        // Assert
        page.WaitForAssertion(() =>
        {
            var breakColumn = page.Find("[data-status='Break']");
            breakColumn.TextContent.ShouldContain("Darth Vader");
            breakColumn.TextContent.ShouldContain("1h 02m");
            page.Find("[data-status='Available']").TextContent.ShouldContain("Storm Trooper");
        });
    }

    [Fact]
    public async Task Colors_each_column_by_its_status_color()
    {
        await Data.AddStatusAsync("Lunch", "#ff9800");

        var (_, page) = RenderPage<BoardPage>();

        page.WaitForAssertion(() =>
        {
            page.Find("[data-status='Lunch'] header").GetAttribute("style")!.ShouldContain("background:#ff9800");
            page.Find("[data-status='Break'] header").GetAttribute("style")!.ShouldContain("background:#fbc02d");
            page.Find("[data-status='Available'] header").GetAttribute("style")!.ShouldBe("background:#4caf50;color:#212121");
        });
    }

    private const int LiveBoardLimit = AdminPortal.Web.Portal.Queries.LiveBoard.PerStatus;

    private Microsoft.AspNetCore.Components.NavigationManager Navigation =>
        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();

    private static AngleSharp.Dom.IElement Choice(IRenderedComponent<Bunit.Rendering.ContainerFragment> host, string status) =>
        host.FindAll(".mud-dialog .status-choices button").Single(b => b.TextContent.Trim() == status);

    [Fact]
    public async Task Filters_by_team()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        var team = await Data.AddTeamAsync("Regiment", null, vader);
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Barry Allen"));

        await PickAsync(page, "Team", "regi", "Regiment");

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Filters_by_menu_through_team_assignments()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment", null, vader));
        var (_, page) = RenderPage<BoardPage>();

        await PickAsync(page, "Menu", "star", "Death Star");

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Filters_by_menu_counting_the_sub_teams_of_an_assigned_team()
    {
        var trooper = await Data.AddAgentAsync("Storm", "Trooper");
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        var regiment = await Data.AddTeamAsync("Regiment", null, vader);
        await Data.AddTeamAsync("First Squad", regiment.Id, trooper);
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignTeamAsync(menu, regiment);
        var (_, page) = RenderPage<BoardPage>();

        await PickAsync(page, "Menu", "star", "Death Star");

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Storm Trooper");
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Moves_an_agent_when_the_feed_reports_a_change_without_reload()
    {
        var agent = await Data.AddAgentAsync("Darth", "Vader", "Available");
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Find("[data-status='Available']").TextContent.ShouldContain("Darth Vader"));
        Feed.Subscribers.ShouldBe(2); // the board and its queue tiles

        // the change happens elsewhere (API, widget), then the feed tells the page
        var lunch = await Data.AddStatusAsync("Lunch", "#ff9800");
        await using (var scope = Database.ActAs(Data.OrganisationId))
        {
            var tracked = await scope.Db.Agents.FindAsync(agent.Id);
            tracked!.StatusId = lunch.Id;
            tracked.StatusUpdatedAt = Data.Now;
            await scope.Db.SaveChangesAsync();
        }

        Feed.Publish(new AgentStatusChanged(Data.OrganisationId, agent.Id, "Darth Vader", lunch.Id, "Lunch", "#ff9800", StatusCategory.Away, StatusSource.Widget, Data.Now));
        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() =>
        {
            page.Find("[data-status='Lunch']").TextContent.ShouldContain("Darth Vader");
            page.Find("[data-status='Available']").TextContent.ShouldNotContain("Darth Vader");
        });
    }

    [Fact]
    public async Task Ticks_the_time_in_status_every_second()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Break", TimeSpan.FromSeconds(10));
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Find("[data-status='Break']").TextContent.ShouldContain("10s"));

        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => page.Find("[data-status='Break']").TextContent.ShouldContain("11s"));
    }

    [Fact]
    public async Task A_column_lists_the_most_recent_changes_first_and_hides_none()
    {
        // on a break for 2 hours, 2 hours and 1 minute, ...: the list reads in this order
        var onBreak = await Data.AddAgentsAsync(LiveBoardLimit + 10, "Break", clones => clones
            .RuleFor(a => a.StatusUpdatedAt, f => Data.Now - TimeSpan.FromHours(2) - TimeSpan.FromMinutes(f.IndexFaker)));
        await Data.AddAgentAsync("Darth", "Vader", "Break", TimeSpan.FromSeconds(3));

        var (_, page) = RenderPage<BoardPage>();

        page.WaitForAssertion(() =>
        {
            var names = page.FindAll("[data-status='Break'] .board-agent-name").Select(n => n.TextContent).ToList();
            names.ShouldBe(["Darth Vader", .. onBreak.Select(a => $"{a.FirstName} {a.LastName}")]);
            page.Find("[data-status='Break'] .board-agent").ClassList.ShouldContain("fresh");
            page.Markup.ShouldNotContain("more");
        });
    }

    [Fact]
    public async Task The_search_box_narrows_the_board_and_goes_into_the_address()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Barry Allen"));

        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Search agents").Instance.ValueChanged.InvokeAsync("vad"));

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
        Navigation.Uri.ShouldEndWith("?q=vad");
    }

    [Fact]
    public async Task Filters_in_the_address_are_applied_when_the_board_opens()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        await Data.AddAgentAsync("Darth", "Maul");
        var team = await Data.AddTeamAsync("Regiment", null, vader);
        Navigation.NavigateTo($"/?q=darth&team={team.Id}");

        var (_, page) = RenderPage<BoardPage>();

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Darth Maul");
            page.Markup.ShouldNotContain("Barry Allen");
            page.FindComponents<MudAutocomplete<Choice>>().Single(a => a.Instance.Label == "Team").Find("input").GetAttribute("value").ShouldBe("Regiment");
            page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Search agents").Find("input").GetAttribute("value").ShouldBe("darth");
        });
    }

    [Fact]
    public async Task An_admin_changes_an_agents_status_from_the_board()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader", "Available");
        var (host, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Find("[data-status='Available'] .board-agent"));

        _ = page.FindAll(".board-agent").Single(b => b.TextContent.Contains("Darth Vader")).ClickAsync();

        host.WaitForAssertion(() => host.Find(".mud-dialog").TextContent.ShouldContain("Change status"));
        Choice(host, "In-call").HasAttribute("disabled").ShouldBeTrue();
        Choice(host, "In-call").GetAttribute("title").ShouldBe(StatusMessages.ToSystemStatus("In-call"));
        host.FindAll(".mud-dialog button").Select(b => b.TextContent.Trim()).ShouldContain("Edit details");
        await Choice(host, "Break").ClickAsync();
        host.WaitForAssertion(() => Calls.All.ShouldBe([$"Change {vader.Id} Break Admin"]));
        Snackbars.ShouldContain("Darth Vader is now Break");
    }

    [Fact]
    public async Task An_offline_agent_shows_why_no_status_can_be_set_for_it()
    {
        await Data.AddAgentAsync("Raymond", "D", "Offline");
        var (host, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Find("[data-status='Offline'] .board-agent"));

        _ = page.FindAll(".board-agent").Single(b => b.TextContent.Contains("Raymond D")).ClickAsync();

        host.WaitForAssertion(() =>
        {
            Choice(host, "Break").HasAttribute("disabled").ShouldBeTrue();
            host.Find("[data-testid='unavailable-reason']").TextContent.ShouldBe(StatusMessages.OfflineOrLoggedOut);
        });
    }

    [Fact]
    public async Task A_supervisor_sees_which_agents_are_out_of_reach_and_cannot_edit_them()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Available");
        await SignInSupervisorAsync();
        var (host, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.FindAll(".board-agent").Single(b => b.TextContent.Contains("Darth Vader")));

        _ = page.FindAll(".board-agent").Single(b => b.TextContent.Contains("Darth Vader")).ClickAsync();

        host.WaitForAssertion(() =>
        {
            Choice(host, "Break").HasAttribute("disabled").ShouldBeTrue();
            host.Find("[data-testid='unavailable-reason']").TextContent.ShouldBe(StatusMessages.NotInReach);
            host.FindAll(".mud-dialog button").Select(b => b.TextContent.Trim()).ShouldNotContain("Edit details");
        });
    }

    [Fact]
    public async Task Stops_listening_when_closed()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => Feed.Subscribers.ShouldBe(2)); // the board and its queue tiles

        await Context.DisposeComponentsAsync();

        Feed.Subscribers.ShouldBe(0);
    }
}
