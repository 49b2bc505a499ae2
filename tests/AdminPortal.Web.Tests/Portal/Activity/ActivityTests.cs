using AdminPortal.Domain.Entities;
using AdminPortal.Web.Portal.Queries;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
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
            rows[0].TextContent.ShouldContain("Status changed");
            rows[0].TextContent.ShouldNotContain("user_status_changed");
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

        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().Children.Last().TextContent.ShouldBe("System"));
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
            row.TextContent.ShouldContain("Signed out");
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

        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("Signed out"));
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
    public async Task Shows_times_in_the_viewers_time_zone()
    {
        Context.Services.GetRequiredService<AdminPortal.Web.Portal.ViewerTime>().Use("Asia/Tokyo");
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Login, new DateTime(2026, 1, 4, 23, 30, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(45));

        var (_, activity) = RenderPage<ActivityPage>();

        activity.WaitForAssertion(() =>
        {
            var row = activity.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem();
            row.TextContent.ShouldContain("2026-01-05 08:30:00");
            row.TextContent.ShouldContain("09:15:00");
            activity.Markup.ShouldContain("Started (Asia/Tokyo)");
        });
    }

    [Fact]
    public async Task Times_shown_move_to_the_viewers_time_zone_when_the_browser_tells_it()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.Login, new DateTime(2026, 1, 4, 23, 30, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(45));
        var (_, activity) = RenderPage<ActivityPage>();
        activity.WaitForAssertion(() => activity.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("2026-01-04 23:30:00"));

        await activity.InvokeAsync(() => Context.Services.GetRequiredService<AdminPortal.Web.Portal.ViewerTime>().Use("Asia/Tokyo"));

        activity.WaitForAssertion(() =>
        {
            var row = activity.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem();
            row.TextContent.ShouldContain("2026-01-05 08:30:00");
            row.TextContent.ShouldContain("09:15:00");
            activity.Markup.ShouldContain("Started (Asia/Tokyo)");
        });
    }

    [Fact]
    public async Task Opens_on_one_agent_from_a_link()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        var barry = await Data.AddAgentAsync("Barry", "Allen");
        await Data.AddActivityAsync(vader, Activities.Login, Data.Now.AddHours(-3), TimeSpan.FromSeconds(5));
        await Data.AddActivityAsync(barry, Activities.Login, Data.Now.AddHours(-2), TimeSpan.FromSeconds(5));
        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"activity?agent={barry.Id}");

        var (_, page) = RenderPage<ActivityPage>();

        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("Barry Allen"));
    }

    [Fact]
    public async Task Exports_the_filtered_log_as_csv_with_utc_times()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AddActivityAsync(vader, Activities.CallMissed, new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(20), "Missed Call");
        await Data.AddActivityAsync(vader, Activities.Login, new DateTime(2026, 1, 5, 7, 0, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(5));
        var (_, page) = RenderPage<ActivityPage>();
        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(Activities.CallMissed));
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(1));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Export CSV").ClickAsync();

        var csv = await Downloaded.CsvAsync(Context, "activity-");
        csv.ShouldBe(
            "agent,activity,activity_name,status,started_at,ended_at,duration_seconds,by\r\n" +
            "Darth Vader,deltacast_call_missed,Missed a call,Missed Call,2026-01-05T08:00:00Z,2026-01-05T08:00:20Z,20,system\r\n");
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
