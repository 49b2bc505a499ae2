using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Components.Pages.Agents;
using Bunit;
using MudBlazor;
using AgentsPage = AdminPortal.Web.Components.Pages.Agents.Agents;

namespace AdminPortal.Web.Tests.Portal.Agents;

public sealed class AgentsTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Lists_agents_with_colored_status_chips()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Break", location: "Death Star");

        var (_, page) = RenderPage<AgentsPage>();

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tr.mud-table-row").Single(r => r.TextContent.Contains("Darth Vader"));
            row.TextContent.ShouldContain("Death Star");
            var chip = row.QuerySelector(".status-chip")!;
            chip.TextContent.ShouldContain("Break");
            chip.GetAttribute("style")!.ShouldContain("background:#fbc02d");
        });
    }

    [Fact]
    public async Task Searches_on_the_server()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Barry Allen"));

        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("vad"));

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Filters_by_online()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Offline");
        await Data.AddAgentAsync("Barry", "Allen", "Available");
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Darth Vader"));

        await page.InvokeAsync(() => page.FindComponent<MudSelect<bool?>>().Instance.ValueChanged.InvokeAsync(true));

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Barry Allen");
            page.Markup.ShouldNotContain("Darth Vader");
        });
    }

    [Fact]
    public async Task Filters_by_a_team_found_by_name()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddAgentAsync("Barry", "Allen");
        await Data.AddTeamAsync("Regiment", null, vader);
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Barry Allen"));

        await PickAsync(page, "Team", "regim", "Regiment");

        page.WaitForAssertion(() =>
        {
            page.Markup.ShouldContain("Darth Vader");
            page.Markup.ShouldNotContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Long_names_stay_on_one_line_with_the_full_name_as_title()
    {
        await Data.AddAgentAsync("Maximiliana-Konstantina", "Wolfeschlegelsteinhausen-Bergerdorff");

        var (_, page) = RenderPage<AgentsPage>();

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains("Maximiliana"));
            row.QuerySelector(".cell-clip")!.GetAttribute("title").ShouldBe("Maximiliana-Konstantina Wolfeschlegelsteinhausen-Bergerdorff");
        });
    }

    [Fact]
    public async Task Says_when_no_agent_matches()
    {
        var (_, page) = RenderPage<AgentsPage>();

        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("nobody-by-that-name"));

        page.WaitForAssertion(() => page.Markup.ShouldContain("No agents match."));
    }

    [Theory]
    [InlineData("Status", "Darth Vader")]
    [InlineData("In status", "Craig T")]
    [InlineData("Location", "Darth Vader")]
    public async Task Sorts_on_the_server_when_a_header_is_clicked(string column, string first)
    {
        await Data.AddAgentAsync("Erin", "Example", "Offline", TimeSpan.FromMinutes(5), location: "Zurich");
        await Data.AddAgentAsync("Barry", "Allen", "Meal", TimeSpan.FromMinutes(10), location: "Nelson");
        await Data.AddAgentAsync("Craig", "T", "Break", TimeSpan.FromHours(3), location: "Nelson");
        await Data.AddAgentAsync("Darth", "Vader", "Available", TimeSpan.FromMinutes(1), location: "Death Star");
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Darth Vader"));

        await page.FindAll("th").Single(h => h.TextContent.Trim() == column).QuerySelector(".sortable-column-header")!.ClickAsync();

        // the signed-in admin (Available, no location) is in the list too: look at the agents of this test
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Select(r => r.TextContent)
            .First(t => !t.Contains(SignedIn.Email)).ShouldContain(first));
    }

    [Fact]
    public async Task Pages_on_the_server()
    {
        await Data.AddAgentsAsync(30);

        var (_, page) = RenderPage<AgentsPage>();

        page.WaitForAssertion(() =>
        {
            page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(25);
            page.Markup.ShouldContain("1-25 of 31");
        });
    }

    [Fact]
    public async Task Edit_dialog_shows_the_services_validation_messages_under_the_fields()
    {
        await Data.AddAgentAsync("Darth", "Vader");
        var (host, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Edit Darth Vader']"));
        _ = page.Find("button[aria-label='Edit Darth Vader']").ClickAsync();
        host.WaitForAssertion(() => host.Find(".mud-dialog"));
        Calls.Refusal = new ValidationFailedException(new Dictionary<string, string>
        {
            ["email"] = "Email is already taken.",
            ["extension_number"] = "Extension number must be 3 to 64 digits.",
        });

        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() =>
        {
            host.Markup.ShouldContain("Email is already taken.");
            host.Markup.ShouldContain("Extension number must be 3 to 64 digits.");
            host.FindAll(".mud-dialog").Count.ShouldBe(1);
        });
    }

    [Fact]
    public async Task New_agent_dialog_creates_the_agent()
    {
        var (host, page) = RenderPage<AgentsPage>();
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "New agent").ClickAsync();
        var dialog = host.WaitForComponent<AgentDialog>();

        await SetTextAsync(dialog, "Email", "luke@rebels.org");
        await SetTextAsync(dialog, "First name", "Luke");
        await SetTextAsync(dialog, "Last name", "Skywalker");
        await SetTextAsync(dialog, "Password", "use-the-force");
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() =>
        {
            Calls.All.ShouldContain("CreateAgent luke@rebels.org Luke Skywalker Agent password=True");
            Snackbars.ShouldContain("Luke Skywalker created");
        });
    }

    [Fact]
    public async Task Bulk_change_shows_the_result_of_each_agent_with_the_refusal_message()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader", "Break");
        var craig = await Data.AddAgentAsync("Craig", "T", "In-call");
        StatusChanges.Outcomes.Add(new StatusChangeOutcome(vader.Id, "Darth Vader", vader.Email, null, "Break", "Available", null));
        StatusChanges.Outcomes.Add(new StatusChangeOutcome(craig.Id, "Craig T", craig.Email, null, "In-call", "In-call", StatusMessages.FromSystemStatus("In-call")));
        var (host, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Craig T"));

        await page.Find("thead input[type='checkbox']").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = true });
        _ = page.FindAll("button").Single(b => b.TextContent.Contains("Change status")).ClickAsync();
        var dialog = host.WaitForComponent<BulkStatusDialog>();
        await dialog.InvokeAsync(() => dialog.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("Available"));
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Apply").ClickAsync();

        host.WaitForAssertion(() =>
        {
            Calls.All.ShouldContain(c => c.StartsWith("ChangeMany Available") && c.Contains(vader.Id.ToString()) && c.Contains(craig.Id.ToString()));
            host.Find(".bulk-refused").TextContent.ShouldContain("Agent can't be changed from system status 'In-call'");
            host.Find(".bulk-ok").TextContent.ShouldContain("Darth Vader");
            Snackbars.ShouldContain("Available: 1 changed, 1 refused");
        });
    }

    [Fact]
    public async Task Bulk_change_refused_as_a_whole_shows_the_message_and_keeps_the_dialog_open()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Break");
        var (host, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Darth Vader"));
        await page.Find("thead input[type='checkbox']").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = true });
        _ = page.FindAll("button").Single(b => b.TextContent.Contains("Change status")).ClickAsync();
        var dialog = host.WaitForComponent<BulkStatusDialog>();
        await dialog.InvokeAsync(() => dialog.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("Available"));
        Calls.Refusal = new PermissionDeniedException("Supervisors may only change the statuses of their own teams' agents.");

        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Apply").ClickAsync();

        host.WaitForAssertion(() =>
        {
            Snackbars.ShouldContain("Supervisors may only change the statuses of their own teams' agents.");
            host.FindAll(".mud-dialog button").Select(b => b.TextContent.Trim()).ShouldContain("Apply");
        });
    }

    private static Task SetTextAsync(IRenderedComponent<AgentDialog> dialog, string label, string value)
    {
        var field = dialog.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);
        return dialog.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));
    }
}
