using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal.Queries;
using Bunit;
using MudBlazor;
using ActivityPage = AdminPortal.Web.Components.Pages.Activity.Activity;

namespace AdminPortal.Web.Tests.Portal.Activity;

public sealed class ActivityTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Shows_readable_durations_newest_first()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Login, Data.Now.AddHours(-3), TimeSpan.FromSeconds(5));
        await Data.AddActivityAsync(vader, Activities.UserStatusChanged, Data.Now.AddHours(-2), TimeSpan.FromMinutes(62), "Break");

        var (_, page) = RenderPage<ActivityPage>();

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("tbody tr.mud-table-row");
            rows.Count.ShouldBe(2);
            rows[0].TextContent.ShouldContain("user_status_changed");
            rows[0].TextContent.ShouldContain("1h 02m");
            rows[0].TextContent.ShouldContain("Break");
            rows[1].TextContent.ShouldContain("5s");
        });
    }

    [Fact]
    public async Task Rows_without_a_person_behind_them_say_the_system_did_it()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Logout, Data.Now.AddMinutes(-5), null);

        var (_, page) = RenderPage<ActivityPage>();

        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().Children.Last().TextContent.ShouldBe("system"));
    }

    [Fact]
    public async Task Filters_by_activity()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Login, Data.Now.AddHours(-3), TimeSpan.FromSeconds(5));
        await Data.AddActivityAsync(vader, Activities.Logout, Data.Now.AddHours(-1), null);
        var (_, page) = RenderPage<ActivityPage>();
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(2));

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(Activities.Logout));

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem();
            row.TextContent.ShouldContain("logout");
            row.TextContent.ShouldContain("open · 1h 00m");
        });
    }

    [Fact]
    public async Task Filters_by_time_range()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Login, Data.Now.AddDays(-3), TimeSpan.FromSeconds(5));
        await Data.AddActivityAsync(vader, Activities.Logout, Data.Now.AddHours(-1), TimeSpan.FromSeconds(9));
        var (_, page) = RenderPage<ActivityPage>();

        await page.InvokeAsync(() => page.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "From").Instance.DateChanged.InvokeAsync(Data.Now.Date.AddDays(-1)));

        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("logout"));
    }

    [Fact]
    public async Task Filters_by_an_agent_found_by_name()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var barry = await Data.AddAgentAsync("Barry", "Allen");
        await Data.AddActivityAsync(vader, Activities.Login, Data.Now.AddHours(-3), TimeSpan.FromSeconds(5));
        await Data.AddActivityAsync(barry, Activities.Login, Data.Now.AddHours(-2), TimeSpan.FromSeconds(5));
        var (_, page) = RenderPage<ActivityPage>();
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(2));

        await PickAsync(page, "Agent", "barry", $"Barry Allen ({barry.Email})");

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("tbody tr.mud-table-row");
            rows.Count.ShouldBe(1);
            rows[0].TextContent.ShouldContain("Barry Allen");
        });
    }

    [Fact]
    public async Task Says_when_nothing_matches()
    {
        var (_, page) = RenderPage<ActivityPage>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No activity matches."));
    }

    [Fact]
    public async Task Counts_at_most_ten_thousand_entries_and_says_there_are_more()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await using (var scope = Database.ActAs(Data.OrganisationId))
        {
            var start = Data.Now.AddDays(-30);
            scope.Db.AgentActivityLogs.AddRange(Enumerable.Range(0, ActivityLog.CountLimit + 1).Select(i => new AgentActivityLog
            {
                OrganisationId = Data.OrganisationId,
                AgentId = vader.Id,
                Activity = Activities.UserStatusChanged,
                StartedAt = start.AddMinutes(i),
                EndedAt = start.AddMinutes(i + 1),
                Duration = 60,
            }));
            await scope.Db.SaveChangesAsync();
        }

        var (_, page) = RenderPage<ActivityPage>();

        page.WaitForAssertion(
            () =>
            {
                page.Markup.ShouldContain("of 10,000");
                page.Find(".activity-limit").TextContent.ShouldContain("More than 10,000 entries match");
            },
            TimeSpan.FromSeconds(10));
    }
}
