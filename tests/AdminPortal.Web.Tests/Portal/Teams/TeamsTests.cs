using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Teams;
using Bunit;
using MudBlazor;
using TeamsPage = AdminPortal.Web.Components.Pages.Teams.Teams;

namespace AdminPortal.Web.Tests.Portal.Teams;

public sealed class TeamsTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Shows_the_tree_with_agents_count()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var tarkin = await Data.AddAgentAsync("Wilhuff", "Tarkin");
        var regiment = await Data.AddTeamAsync("Storm Trooper Regiment", null, vader, tarkin);
        await Data.AddTeamAsync("First Squad", regiment.Id, vader);

        var (_, page) = RenderPage<TeamsPage>();

        page.WaitForAssertion(() =>
        {
            var items = page.FindAll(".mud-treeview-item-content");
            items.Count.ShouldBe(2);
            items[0].TextContent.ShouldContain("Storm Trooper Regiment");
            items[0].TextContent.ShouldContain("2");
            items[1].TextContent.ShouldContain("First Squad");
            items[1].TextContent.ShouldContain("1");
            page.Find(".mud-treeview-item .mud-treeview-group .mud-treeview-item").TextContent.ShouldContain("First Squad");
        });
    }

    [Fact]
    public async Task Creates_a_top_level_team()
    {
        var (_, page) = RenderPage<TeamsPage>();
        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Rebel Squad"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Create team").ClickAsync();

        Calls.All.ShouldContain("CreateTeam Rebel Squad under top");
        Snackbars.ShouldContain("Team Rebel Squad created");
    }

    [Fact]
    public async Task Moving_under_a_sub_team_shows_the_cycle_message()
    {
        var regiment = await Data.AddTeamAsync("Regiment");
        var squad = await Data.AddTeamAsync("Squad", regiment.Id);
        var (_, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, regiment.Id);
        await page.InvokeAsync(() => page.FindComponents<MudSelect<Guid>>().Single(s => s.Instance.Label == "Parent").Instance.ValueChanged.InvokeAsync(squad.Id));
        Calls.Refusal = new RuleViolationException(TreeMessages.TeamCycle);

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Move").ClickAsync();

        Calls.All.ShouldContain($"MoveTeam {regiment.Id} under {squad.Id}");
        Snackbars.ShouldContain(TreeMessages.TeamCycle);
    }

    [Fact]
    public async Task Lists_members_and_removes_one()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var team = await Data.AddTeamAsync("Regiment", null, vader);
        var (_, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        page.WaitForAssertion(() => page.Find(".team-members").TextContent.ShouldContain("Darth Vader"));

        await page.Find("button[aria-label='Remove Darth Vader']").ClickAsync();

        Calls.All.ShouldContain($"RemoveMember {team.Id} {vader.Id}");
        Snackbars.ShouldContain("Darth Vader removed");
    }

    [Fact]
    public async Task Renames_and_deletes_the_selected_team()
    {
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync("501st"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").ClickAsync();
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();

        Calls.All.ShouldBe([$"RenameTeam {team.Id} 501st", $"DeleteTeam {team.Id}"]);
    }

    private static Task SelectAsync(IRenderedComponent<TeamsPage> page, Guid teamId)
    {
        page.WaitForAssertion(() => page.FindAll(".mud-treeview-item-content").Count.ShouldBeGreaterThan(0));
        return page.InvokeAsync(() => page.FindComponent<MudTreeView<Guid>>().Instance.SelectedValueChanged.InvokeAsync(teamId));
    }
}
