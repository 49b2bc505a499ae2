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
            var items = page.FindAll("[role=treeitem] > .tree-row");
            items.Count.ShouldBe(2);
            items[0].TextContent.ShouldContain("Storm Trooper Regiment");
            items[0].TextContent.ShouldContain("2");
            items[1].TextContent.ShouldContain("First Squad");
            items[1].TextContent.ShouldContain("1");
            page.Find("[role=tree] > [role=treeitem][aria-expanded=true] > [role=group] > [role=treeitem][aria-level='2']").TextContent.ShouldContain("First Squad");
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
    public async Task Clicking_the_selected_team_again_deselects_it_so_the_next_team_goes_to_the_top_level()
    {
        var regiment = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        page.WaitForAssertion(() => page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Create sub-team"));

        await ClickTeamAsync(page, "Regiment");

        page.Find("[role=treeitem]").GetAttribute("aria-selected").ShouldBe("false");
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "New team name").Instance.ValueChanged.InvokeAsync("Rebels"));
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Create team").ClickAsync();
        Calls.All.ShouldBe(["CreateTeam Rebels under top"]);
        regiment.ShouldNotBeNull();
    }

    [Fact]
    public async Task Escape_or_the_top_level_button_deselects_the_team()
    {
        await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");

        await page.Find("[role=tree]").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        page.Find("[role=treeitem]").GetAttribute("aria-selected").ShouldBe("false");
        await ClickTeamAsync(page, "Regiment");
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Create at the top level").ClickAsync();
        page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Create team");
    }

    [Fact]
    public async Task The_tree_is_a_keyboard_tree_with_one_tab_stop_on_the_selected_team()
    {
        var regiment = await Data.AddTeamAsync("Regiment");
        var squad = await Data.AddTeamAsync("Squad", regiment.Id);
        var (_, page) = RenderPage<TeamsPage>();

        await ClickTeamAsync(page, "Squad");

        var tree = page.Find("[role=tree]");
        tree.GetAttribute("aria-label").ShouldBe("Team tree");
        page.FindAll("[role=treeitem][tabindex='0']").ShouldHaveSingleItem().GetAttribute("data-id").ShouldBe(squad.Id.ToString());
        page.Find($"[data-id='{regiment.Id}']").GetAttribute("aria-expanded").ShouldBe("true");
        page.Find($"[data-id='{squad.Id}']").GetAttribute("aria-selected").ShouldBe("true");
    }

    [Fact]
    public async Task After_a_move_the_moved_team_stays_the_highlighted_one()
    {
        var regiment = await Data.AddTeamAsync("Regiment");
        await Data.AddTeamAsync("Alpha", regiment.Id);
        var bravo = await Data.AddTeamAsync("Bravo", regiment.Id);
        var command = await Data.AddTeamAsync("Command");
        Calls.Effect = call =>
        {
            if (call.StartsWith("MoveTeam", StringComparison.Ordinal))
            {
                var scope = Database.ActAs(Data.OrganisationId);
                scope.Db.Teams.Single(t => t.Id == bravo.Id).ParentId = command.Id;
                scope.Db.SaveChanges();
                scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        };
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Bravo");
        await PickAsync(page, "Parent", "comm", "Command");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Move").ClickAsync();

        page.WaitForAssertion(() =>
        {
            var selected = page.FindAll("[role=treeitem][aria-selected=true]").ShouldHaveSingleItem();
            selected.GetAttribute("data-id").ShouldBe(bravo.Id.ToString());
            selected.ParentElement!.ParentElement!.GetAttribute("data-id").ShouldBe(command.Id.ToString());
            page.Find("h2").TextContent.ShouldBe("Bravo");
        });
    }

    [Fact]
    public async Task Moving_under_a_sub_team_shows_the_cycle_message()
    {
        var regiment = await Data.AddTeamAsync("Regiment");
        var squad = await Data.AddTeamAsync("Squad", regiment.Id);
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        await PickAsync(page, "Parent", "squ", "Regiment › Squad");
        Calls.Refusal = new RuleViolationException(TreeMessages.TeamCycle);

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Move").ClickAsync();

        Calls.All.ShouldContain($"MoveTeam {regiment.Id} under {squad.Id}");
        Snackbars.ShouldContain(TreeMessages.TeamCycle);
    }

    [Fact]
    public async Task Removing_a_member_asks_first()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var team = await Data.AddTeamAsync("Regiment", null, vader);
        var (host, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        page.WaitForAssertion(() => page.Find(".team-members").TextContent.ShouldContain("Darth Vader"));

        _ = page.Find("button[aria-label='Remove Darth Vader']").ClickAsync();
        Calls.All.ShouldBeEmpty();
        var asked = await AnswerConfirmationAsync(host, "Remove");

        asked.ShouldContain("Darth Vader leaves Regiment");
        host.WaitForAssertion(() => Calls.All.ShouldContain($"RemoveMember {team.Id} {vader.Id}"));
        Snackbars.ShouldContain("Darth Vader removed");
    }

    [Fact]
    public async Task Renames_and_deletes_the_selected_team_saying_what_the_delete_does()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var team = await Data.AddTeamAsync("Regiment", null, vader);
        await Data.AssignTeamAsync(await Data.AddMenuAsync("Death Star"), team);
        var (host, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync("501st"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").ClickAsync();
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        var asked = await AnswerConfirmationAsync(host, "Delete");

        asked.ShouldContain("Its 1 member stay in the organisation; its 1 menu assignment stop answering.");
        host.WaitForAssertion(() => Calls.All.ShouldBe([$"RenameTeam {team.Id} 501st", $"DeleteTeam {team.Id}"]));
    }

    [Fact]
    public async Task Renaming_shows_the_services_validation_message_under_the_name()
    {
        await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync(" "));
        Calls.Refusal = ValidationFailedException.For("name", "Name is required.");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").ClickAsync();

        page.WaitForAssertion(() =>
            page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Markup.ShouldContain("Name is required."));
    }

    [Fact]
    public async Task Deleting_a_team_with_sub_teams_names_them_before_any_attempt()
    {
        var team = await Data.AddTeamAsync("Regiment");
        await Data.AddTeamAsync("1st Squad", team.Id);
        await Data.AddTeamAsync("2nd Squad", team.Id);
        var (host, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();

        host.WaitForAssertion(() =>
        {
            var box = host.Find(".mud-message-box");
            box.TextContent.ShouldContain("Regiment can't be deleted yet");
            box.TextContent.ShouldContain("It still has 2 sub-teams: 1st Squad, 2nd Squad. Move or delete them first.");
            box.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Delete");
        });
        await AnswerConfirmationAsync(host, "Close");
        Calls.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task Adds_a_member_found_by_name()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<TeamsPage>();
        await ClickTeamAsync(page, "Regiment");
        page.WaitForAssertion(() => page.Markup.ShouldContain("No members yet."));
        await PickAsync(page, "Add agent", "vader", $"Darth Vader ({vader.Email})");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Add member").ClickAsync();

        Calls.All.ShouldContain($"AddMembers {team.Id} {vader.Id}");
        Snackbars.ShouldContain("Member added");
    }

    [Fact]
    public async Task A_supervisor_sees_teams_and_members_without_the_buttons_that_would_fail()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddTeamAsync("Regiment", null, vader);
        await SignInSupervisorAsync();
        var (_, page) = RenderPage<TeamsPage>();

        await ClickTeamAsync(page, "Regiment");

        page.WaitForAssertion(() => page.Find(".team-members").TextContent.ShouldContain("Darth Vader"));
        var buttons = page.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        buttons.ShouldNotContain("Create team");
        buttons.ShouldNotContain("Create sub-team");
        buttons.ShouldNotContain("Rename");
        buttons.ShouldNotContain("Move");
        buttons.ShouldNotContain("Delete");
        buttons.ShouldNotContain("Add member");
        page.FindAll("button[aria-label^='Remove']").ShouldBeEmpty();
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

        page.WaitForAssertion(() => page.FindAll("[role=treeitem]").Count.ShouldBe(8));
        await page.Find($"[data-id='{branches[3]}'] > .tree-row > .tree-toggle").ClickAsync();
        page.FindAll($"[data-id='{branches[3]}'] [role=treeitem] .tree-label").Select(c => c.TextContent)
            .ShouldBe(Enumerable.Range(0, 8).Select(t => $"Shift 3.{t}"), ignoreOrder: true);
        page.FindAll("[role=treeitem]").Count.ShouldBe(16);
    }

    [Fact]
    public async Task Finding_a_team_opens_its_branch_and_selects_it()
    {
        for (var b = 0; b < 8; b++)
        {
            var branch = await Data.AddTeamAsync($"Branch {b}");
            for (var t = 0; t < 8; t++)
            {
                await Data.AddTeamAsync($"Shift {b}.{t}", branch.Id);
            }
        }

        var (_, page) = RenderPage<TeamsPage>();

        await PickAsync(page, "Find team", "shift 5.2", "Branch 5 › Shift 5.2");

        page.WaitForAssertion(() =>
        {
            page.Find("[role=treeitem][aria-selected=true]").TextContent.ShouldContain("Shift 5.2");
            page.Find("h2").TextContent.ShouldContain("Shift 5.2");
            page.FindComponents<MudAutocomplete<AdminPortal.Web.Portal.Queries.Choice>>().Single(a => a.Instance.Label == "Parent").Find("input").GetAttribute("value").ShouldBe("Branch 5");
        });
    }

    private static async Task ClickTeamAsync(IRenderedComponent<TeamsPage> page, string name)
    {
        page.WaitForAssertion(() => page.FindAll(".tree-row").ShouldContain(r => r.QuerySelector(".tree-label")!.TextContent == name));
        await page.FindAll(".tree-row").First(r => r.QuerySelector(".tree-label")!.TextContent == name).ClickAsync();
    }
}
