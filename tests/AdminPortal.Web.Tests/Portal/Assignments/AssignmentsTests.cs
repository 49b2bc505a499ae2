using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Errors;
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

        await PickMenuAsync(page, menu.Id);

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
        await PickMenuAsync(page, menu.Id);
        await page.InvokeAsync(() => page.FindComponents<MudSelect<Guid?>>().Single(s => s.Instance.Label == "Team").Instance.ValueChanged.InvokeAsync(team.Id));

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
        await PickMenuAsync(page, menu.Id);
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
        await PickMenuAsync(page, menu.Id);
        await page.InvokeAsync(() => page.FindComponents<MudSelect<Guid?>>().Single(s => s.Instance.Label == "Team").Instance.ValueChanged.InvokeAsync(team.Id));
        Calls.Refusal = new ConflictException("Regiment already answers Death Star in en voice_call.");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Assign team").ClickAsync();

        Snackbars.ShouldContain("Regiment already answers Death Star in en voice_call.");
    }

    [Fact]
    public async Task Removes_a_team_assignment()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var assignment = await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment"));
        var (_, page) = RenderPage<AssignmentsPage>();
        await PickMenuAsync(page, menu.Id);

        await page.Find("button[aria-label='Remove Regiment']").ClickAsync();

        Calls.All.ShouldContain($"RemoveTeamAssignment {assignment.Id}");
    }

    private static async Task PickMenuAsync(IRenderedComponent<AssignmentsPage> page, Guid menuId)
    {
        page.WaitForAssertion(() => page.FindComponents<MudSelect<Guid?>>().Count.ShouldBeGreaterThan(0));
        await page.InvokeAsync(() => page.FindComponents<MudSelect<Guid?>>().Single(s => s.Instance.Label == "Menu").Instance.ValueChanged.InvokeAsync(menuId));
    }
}
