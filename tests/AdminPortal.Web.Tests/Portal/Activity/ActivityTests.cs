using AdminPortal.Domain.Entities;
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
}
