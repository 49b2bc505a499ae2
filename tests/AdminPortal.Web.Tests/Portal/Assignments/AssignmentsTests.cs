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
            team.ShouldContain("es");
            team.ShouldContain("chat");
            team.ShouldContain("secondary");
            page.Find("[aria-label='Agent assignments'] tbody tr").TextContent.ShouldContain("7");
            page.Find("[aria-label='Effective agents'] tbody tr").TextContent.ShouldContain("direct");
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
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickAsync(page, "Menu", "death", "Death Star");

        await page.Find("button[aria-label='Remove Regiment']").ClickAsync();

        Calls.All.ShouldContain($"RemoveTeamAssignment {assignment.Id}");
        Snackbars.ShouldContain("Regiment removed");
    }
}
