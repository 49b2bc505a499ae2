using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Portal.Queries;
using Bunit;
using MudBlazor;
using AssignmentsPage = AdminPortal.Web.Components.Pages.Assignments.Assignments;

namespace AdminPortal.Web.Tests.Portal.Assignments;

public sealed class AssignmentsTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Shows_the_team_and_agent_assignments_and_effective_agents_of_the_picked_menu()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment"), "es", "chat", "secondary");
        await Data.AssignAgentAsync(menu, vader, "en", skill: 7);
        Assignments.Effective.Add(new EffectiveAgent(vader.Id, "Darth Vader", "en", "voice_call", "primary", 7, "direct"));
        var (_, page) = RenderPage<AssignmentsPage>();

        await PickAsync(page, "Menu", "death", "Death Star");

        page.WaitForAssertion(() =>
        {
            var team = page.Find("[aria-label='Team assignments'] tbody tr").TextContent;
            team.ShouldContain("Regiment");
            team.ShouldContain("Spanish");
            team.ShouldContain("Chat");
            team.ShouldContain("Secondary");
            team.ShouldNotContain("voice_call");
            page.Find("[aria-label='Agent assignments'] tbody tr").TextContent.ShouldContain("7");
            page.Find("[aria-label='Effective agents'] tbody tr").TextContent.ShouldContain("Direct");
            page.Find("[aria-label='Effective agents'] tbody tr").TextContent.ShouldContain("Voice call");
        });
    }

    [Fact]
    public async Task Assigns_a_team_in_english_voice_calls_as_primary_by_default()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");
        await PickAsync(page, "Team", "reg", "Regiment");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Assign team").ClickAsync();

        Calls.All.ShouldContain($"AssignTeam {menu.Id} {team.Id} en primary voice_call");
        Snackbars.ShouldContain("Team assigned");
    }

    [Fact]
    public async Task Changes_an_agent_assignment()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        var assignment = await Data.AssignAgentAsync(menu, vader, "en", skill: 3);
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");
        await page.Find("button[aria-label='Change Darth Vader']").ClickAsync();
        await page.InvokeAsync(() => page.FindComponent<MudNumericField<int>>().Instance.ValueChanged.InvokeAsync(9));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Save agent").ClickAsync();

        Calls.All.ShouldContain($"UpdateAgentAssignment {assignment.Id} en primary voice_call 9");
    }

    [Fact]
    public async Task Editing_an_assignment_keeps_its_agent_and_says_whose_line_was_saved()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var barry = await Data.AddAgentAsync("Barry", "Allen");
        var menu = await Data.AddMenuAsync("Death Star");
        var assignment = await Data.AssignAgentAsync(menu, vader, "en", skill: 3);
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");

        await page.Find("button[aria-label='Change Darth Vader']").ClickAsync();

        var picker = page.FindComponents<MudAutocomplete<Choice>>().Single(a => a.Instance.Label == "Agent");
        picker.Instance.Disabled.ShouldBeTrue();
        picker.Find("input").GetAttribute("value").ShouldBe("Darth Vader");
        page.Markup.ShouldContain("To give the line to someone else, assign that agent and remove this line.");
        await PickAsync(page, "Agent", "barry", $"Barry Allen ({barry.Email})");
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Save agent").ClickAsync();

        Calls.All.ShouldBe([$"UpdateAgentAssignment {assignment.Id} en primary voice_call 3"]);
        Snackbars.ShouldContain("Darth Vader's assignment saved");
        Snackbars.ShouldNotContain(m => m.Contains("Barry"));
    }

    [Fact]
    public async Task Cancelling_an_edit_goes_back_to_assigning()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignAgentAsync(menu, vader);
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");
        await page.Find("button[aria-label='Change Darth Vader']").ClickAsync();

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync();

        page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Assign agent");
        page.FindComponents<MudAutocomplete<Choice>>().Single(a => a.Instance.Label == "Agent").Instance.Disabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_supervisor_sees_the_assignments_without_the_buttons_that_would_fail()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignAgentAsync(menu, vader);
        await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment"));
        await SignInSupervisorAsync();
        var (_, page) = RenderPage<AssignmentsPage>();

        await PickAsync(page, "Menu", "death", "Death Star");

        page.WaitForAssertion(() => page.Find("[aria-label='Agent assignments'] tbody").TextContent.ShouldContain("Darth Vader"));
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Assign team");
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Assign agent");
        page.FindAll("button[aria-label^='Remove'], button[aria-label^='Change']").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_duplicate_shows_the_services_message()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var team = await Data.AddTeamAsync("Regiment");
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");
        await PickAsync(page, "Team", "reg", "Regiment");
        Calls.Refusal = new ConflictException("Regiment already answers Death Star in en voice_call.");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Assign team").ClickAsync();

        Snackbars.ShouldContain("Regiment already answers Death Star in en voice_call.");
    }

    [Fact]
    public async Task Assigns_an_agent_found_by_name_with_a_skill_level()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");
        await PickAsync(page, "Agent", "vad", $"Darth Vader ({vader.Email})");
        await page.InvokeAsync(() => page.FindComponent<MudNumericField<int>>().Instance.ValueChanged.InvokeAsync(4));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Assign agent").ClickAsync();

        Calls.All.ShouldContain($"AssignAgent {menu.Id} {vader.Id} en primary voice_call 4");
        Snackbars.ShouldContain("Agent assigned");
    }

    [Fact]
    public async Task A_menu_nobody_answers_says_so()
    {
        await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<AssignmentsPage>();

        await PickAsync(page, "Menu", "death", "Death Star");

        page.WaitForAssertion(() =>
        {
            page.Find("[aria-label='Team assignments'] tbody").TextContent.ShouldContain("No team answers this menu yet.");
            page.Find("[aria-label='Agent assignments'] tbody").TextContent.ShouldContain("No agent is assigned directly.");
            page.Find("[aria-label='Effective agents'] tbody").TextContent.ShouldContain("Nobody answers this menu yet");
        });
    }

    [Fact]
    public async Task The_menu_picker_searches_and_names_the_parent_of_each_menu()
    {
        var star = await Data.AddMenuAsync("Death Star");
        await Data.AddMenuAsync("Support", star.Id);
        await Data.AddMenuAsync("Support");
        await Data.AddMenuAsync("Billing");
        var (_, page) = RenderPage<AssignmentsPage>();
        var picker = page.FindComponents<MudAutocomplete<Choice>>().Single(a => a.Instance.Label == "Menu");

        var found = (await picker.Instance.SearchFunc!("supp", CancellationToken.None)!).ToList();

        found.Select(c => c?.Name).ShouldBe(["Support", "Death Star › Support"], ignoreOrder: true);
    }

    [Fact]
    public async Task Removes_a_team_assignment()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var assignment = await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment"));
        var (host, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");

        _ = page.Find("button[aria-label='Remove Regiment']").ClickAsync();
        Calls.All.ShouldBeEmpty();
        var asked = await AnswerConfirmationAsync(host, "Remove");

        asked.ShouldContain("Regiment stops answering Death Star (English, Voice call).");
        host.WaitForAssertion(() => Calls.All.ShouldContain($"RemoveTeamAssignment {assignment.Id}"));
        Snackbars.ShouldContain("Regiment removed");
    }

    [Fact]
    public async Task Removing_an_agent_assignment_can_be_cancelled()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignAgentAsync(menu, vader);
        var (host, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");

        _ = page.Find("button[aria-label='Remove Darth Vader']").ClickAsync();
        await AnswerConfirmationAsync(host, "Cancel");

        host.WaitForAssertion(() => host.FindAll(".mud-message-box").ShouldBeEmpty());
        Calls.All.ShouldBeEmpty();
    }
}
