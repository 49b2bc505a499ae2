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
        await PickAsync(page, "Parent", "squ", "Regiment › Squad");
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
        var (host, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync("501st"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").ClickAsync();
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        await AnswerConfirmationAsync(host, "Delete");

        host.WaitForAssertion(() => Calls.All.ShouldBe([$"RenameTeam {team.Id} 501st", $"DeleteTeam {team.Id}"]));
    }

    [Fact]
    public async Task Renaming_shows_the_services_validation_message_under_the_name()
    {
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync(" "));
        Calls.Refusal = ValidationFailedException.For("name", "Name is required.");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").ClickAsync();

        page.WaitForAssertion(() =>
            page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Markup.ShouldContain("Name is required."));
    }

    [Fact]
    public async Task Deleting_a_team_with_sub_teams_shows_the_services_message()
    {
        var team = await Data.AddTeamAsync("Regiment");
        await Data.AddTeamAsync("Squad", team.Id);
        var (host, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        Calls.Refusal = new RuleViolationException("Team 'Regiment' still has sub-teams; move or delete them first.");

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        await AnswerConfirmationAsync(host, "Delete");

        host.WaitForAssertion(() => Snackbars.ShouldContain("Team 'Regiment' still has sub-teams; move or delete them first."));
    }

    [Fact]
    public async Task Adds_a_member_found_by_name()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await SelectAsync(page, team.Id);
        page.WaitForAssertion(() => page.Markup.ShouldContain("No members yet."));
        await PickAsync(page, "Add agent", "vader", $"Darth Vader ({vader.Email})");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Add member").ClickAsync();

        Calls.All.ShouldContain($"AddMembers {team.Id} {vader.Id}");
        Snackbars.ShouldContain("Member added");
    }

    [Fact]
    public async Task A_large_tree_shows_its_top_level_and_opens_a_branch_on_demand()
    {
        var branches = new List<Guid>();
        for (var b = 0; b < 8; b++)
        {
            var branch = await Data.AddTeamAsync($"Branch {b}");
            branches.Add(branch.Id);
            for (var t = 0; t < 8; t++)
            {
                await Data.AddTeamAsync($"Shift {b}.{t}", branch.Id);
            }
        }

        var (_, page) = RenderPage<TeamsPage>();

        page.WaitForAssertion(() => page.FindAll(".mud-treeview-item-content").Count.ShouldBe(8));
        var tree = page.FindComponent<MudTreeView<Guid>>().Instance;
        var children = await tree.ServerData!(branches[3]);
        children.Select(c => c.Text).ShouldBe(Enumerable.Range(0, 8).Select(t => $"Shift 3.{t}"), ignoreOrder: true);
    }

    [Fact]
    public async Task Finding_a_team_opens_its_branch_and_selects_it()
    {
        Guid? wanted = null;
        for (var b = 0; b < 8; b++)
        {
            var branch = await Data.AddTeamAsync($"Branch {b}");
            for (var t = 0; t < 8; t++)
            {
                var team = await Data.AddTeamAsync($"Shift {b}.{t}", branch.Id);
                wanted ??= b == 5 && t == 2 ? team.Id : null;
            }
        }

        var (_, page) = RenderPage<TeamsPage>();

        await PickAsync(page, "Find team", "shift 5.2", "Branch 5 › Shift 5.2");

        page.WaitForAssertion(() =>
        {
            page.FindAll(".mud-treeview-item-content").Select(i => i.TextContent.Trim()).ShouldContain(t => t.StartsWith("Shift 5.2"));
            page.Find("h6").TextContent.ShouldContain("Shift 5.2");
            page.FindComponents<MudAutocomplete<AdminPortal.Web.Portal.Queries.Choice>>().Single(a => a.Instance.Label == "Parent").Find("input").GetAttribute("value").ShouldBe("Branch 5");
        });
    }

    private static Task SelectAsync(IRenderedComponent<TeamsPage> page, Guid teamId)
    {
        page.WaitForAssertion(() => page.FindAll(".mud-treeview-item-content").Count.ShouldBeGreaterThan(0));
        return page.InvokeAsync(() => page.FindComponent<MudTreeView<Guid>>().Instance.SelectedValueChanged.InvokeAsync(teamId));
    }
}
