using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Bunit;
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
        });
    }

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
        Feed.Subscribers.ShouldBe(1);

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
    public async Task Stops_listening_when_closed()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => Feed.Subscribers.ShouldBe(1));

        await Context.DisposeComponentsAsync();

        Feed.Subscribers.ShouldBe(0);
    }
}
