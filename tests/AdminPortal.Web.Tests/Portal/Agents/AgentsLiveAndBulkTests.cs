using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Components.Pages.Agents;
using AdminPortal.Web.Components.Shared;
using Bunit;
using MudBlazor;
using AgentsPage = AdminPortal.Web.Components.Pages.Agents.Agents;

namespace AdminPortal.Web.Tests.Portal.Agents;

/// <summary>The grid follows status changes as they happen, and a bulk change can reach every matching agent.</summary>
public sealed class AgentsLiveAndBulkTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Refreshes_when_the_feed_reports_a_status_change()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader", "Available");
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => Row(page, "Darth Vader").TextContent.ShouldContain("Available"));
        page.WaitForAssertion(() => Feed.Subscribers.ShouldBe(1));
        var meal = await Data.StatusAsync("Meal");
        await using (var scope = Database.ActAs(Data.OrganisationId))
        {
            var agent = await scope.Db.Agents.FindAsync(vader.Id);
            (agent!.StatusId, agent.StatusUpdatedAt) = (meal.Id, Data.Now);
            await scope.Db.SaveChangesAsync();
        }

        Feed.Publish(new AgentStatusChanged(Data.OrganisationId, vader.Id, "Darth Vader", meal.Id, "Meal", "brown", StatusCategory.Away, StatusSource.Api, Data.Now));
        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Row(page, "Darth Vader").QuerySelector(".status-chip")!.TextContent.ShouldContain("Meal"));
    }

    [Fact]
    public async Task In_status_ticks_every_second()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Break", TimeSpan.FromSeconds(10));
        var (_, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => Row(page, "Darth Vader").QuerySelector(".in-status")!.TextContent.ShouldBe("10s"));

        Clock.Advance(TimeSpan.FromSeconds(2));

        page.WaitForAssertion(() => Row(page, "Darth Vader").QuerySelector(".in-status")!.TextContent.ShouldBe("12s"));
    }

    [Fact]
    public async Task Select_all_offers_every_matching_agent_not_just_the_page()
    {
        await Data.AddAgentsAsync(30, configure: troopers => troopers.RuleFor(a => a.FirstName, "Trooper"));

        var (host, page) = RenderPage<AgentsPage>();
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(25));
        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("trooper"));
        page.WaitForAssertion(() => page.Markup.ShouldContain("1-25 of 30"));

        await page.Find("thead input[type='checkbox']").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = true });
        page.WaitForAssertion(() => page.Find(".select-all").TextContent.ShouldContain("All 25 agents on this page are selected."));
        await page.FindAll(".select-all button").Single(b => b.TextContent.Trim() == "Select all 30 matching agents").ClickAsync();

        page.WaitForAssertion(() => page.Find(".select-all").TextContent.ShouldContain("All 30 matching agents are selected."));
        page.FindAll("button").Single(b => b.TextContent.Contains("Change status")).TextContent.ShouldContain("(30)");
        _ = page.FindAll("button").Single(b => b.TextContent.Contains("Change status")).ClickAsync();
        var dialog = host.WaitForComponent<BulkStatusDialog>();
        await dialog.InvokeAsync(() => dialog.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("Break"));
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Apply").ClickAsync();

        host.WaitForAssertion(() => Calls.All.ShouldHaveSingleItem().Split(',').Length.ShouldBe(30));
        Calls.All.Single().ShouldNotContain(SignedIn.Id.ToString());
    }

    [Fact]
    public async Task The_location_filter_offers_the_existing_locations_as_the_user_types()
    {
        await Data.AddAgentAsync("Darth", "Vader", location: "Death Star");
        await Data.AddAgentAsync("Yoda", "Master", location: "Dagobah");
        await Data.AddAgentAsync("Luke", "Skywalker", location: "Hoth");
        var (_, page) = RenderPage<AgentsPage>();
        var picker = page.FindComponents<MudAutocomplete<string>>().Single(a => a.Instance.Label == "Location");

        var found = (await picker.Instance.SearchFunc!("a", CancellationToken.None)!).ToList();
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("Hoth"));

        found.ShouldBe(["Dagobah", "Death Star"]);
        page.WaitForAssertion(() =>
        {
            page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("Luke Skywalker");
        });
        picker.Instance.ShouldBeOfType<MudAutocomplete<string>>();
        page.FindComponent<LocationPicker>().Instance.AllowNew.ShouldBeFalse();
    }

    [Fact]
    public async Task Exports_the_agents_matching_the_filters_as_csv()
    {
        await Data.AddAgentAsync("Darth", "Vader", "Break", TimeSpan.FromMinutes(5), location: "Death Star");
        await Data.AddAgentAsync("Barry", "Allen");
        var (_, page) = RenderPage<AgentsPage>();
        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("vader"));
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(1));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Export CSV").ClickAsync();

        var csv = await Downloaded.CsvAsync(Context, "agents-");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("email,first_name,middle_name,last_name,agent_number,extension_number,role,location,status,in_status_since");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith("darth.vader.");
        lines[1].ShouldEndWith(",Darth,,Vader,,,agent,Death Star,Break,2026-01-05T08:55:00Z");
        Snackbars.ShouldContain("1 agent exported");
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<AgentsPage> page, string name) =>
        page.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains(name));
}
