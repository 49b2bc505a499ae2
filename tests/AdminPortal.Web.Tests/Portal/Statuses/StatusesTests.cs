using AdminPortal.Domain.Errors;
using AdminPortal.Web.Components.Pages.Statuses;
using Bunit;
using MudBlazor;
using StatusesPage = AdminPortal.Web.Components.Pages.Statuses.Statuses;

namespace AdminPortal.Web.Tests.Portal.Statuses;

public sealed class StatusesTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Built_ins_are_locked_and_custom_ones_editable()
    {
        await Data.AddStatusAsync("Lunch", "#ff9800");

        var (_, page) = RenderPage<StatusesPage>();

        page.WaitForAssertion(() =>
        {
            page.Find("tr[data-status='Available']").QuerySelector("button").ShouldBeNull();
            page.Find("tr[data-status='In-call']").TextContent.ShouldContain("System");
            page.Find("tr[data-status='In-call']").TextContent.ShouldContain("Busy");
            page.Find("tr[data-status='Lunch']").QuerySelector("button[aria-label='Edit Lunch']").ShouldNotBeNull();
            page.Find("tr[data-status='Lunch'] .mud-chip").GetAttribute("style")!.ShouldContain("background:#ff9800");
        });
    }

    [Fact]
    public async Task Creates_a_status_with_the_picked_color()
    {
        var (host, page) = RenderPage<StatusesPage>();
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "New status").ClickAsync();
        var dialog = host.WaitForComponent<StatusDialog>();
        await dialog.InvokeAsync(() => dialog.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Lunch"));
        await dialog.InvokeAsync(() => dialog.FindComponent<MudColorPicker>().Instance.ValueChanged.InvokeAsync(new MudBlazor.Utilities.MudColor("#ff9800")));

        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() =>
        {
            Calls.All.ShouldContain("CreateStatus Lunch #ff9800  Away");
            Snackbars.ShouldContain("Status Lunch saved");
        });
    }

    [Fact]
    public async Task Shows_validation_messages_of_the_service()
    {
        var (host, page) = RenderPage<StatusesPage>();
        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "New status").ClickAsync();
        host.WaitForComponent<StatusDialog>();
        Calls.Refusal = ValidationFailedException.For("name", "Name is required.");

        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() => host.Find(".mud-dialog").TextContent.ShouldContain("Name is required."));
    }

    [Fact]
    public async Task Renaming_a_custom_status_keeps_its_named_color()
    {
        var coaching = await Data.AddStatusAsync("Coaching", "teal");
        var (host, page) = RenderPage<StatusesPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Edit Coaching']"));
        _ = page.Find("button[aria-label='Edit Coaching']").ClickAsync();
        var dialog = host.WaitForComponent<StatusDialog>();

        await dialog.InvokeAsync(() => dialog.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Mentoring"));
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() => Calls.All.ShouldBe([$"UpdateStatus {coaching.Id} Mentoring teal"]));
    }

    [Fact]
    public async Task Picking_another_color_saves_it()
    {
        var coaching = await Data.AddStatusAsync("Coaching", "teal");
        var (host, page) = RenderPage<StatusesPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Edit Coaching']"));
        _ = page.Find("button[aria-label='Edit Coaching']").ClickAsync();
        var dialog = host.WaitForComponent<StatusDialog>();

        await dialog.InvokeAsync(() => dialog.FindComponent<MudColorPicker>().Instance.ValueChanged.InvokeAsync(new MudBlazor.Utilities.MudColor("#ff9800")));
        await host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        host.WaitForAssertion(() => Calls.All.ShouldBe([$"UpdateStatus {coaching.Id} Coaching #ff9800"]));
    }

    [Fact]
    public async Task A_supervisor_sees_the_statuses_without_the_buttons_that_would_fail()
    {
        await Data.AddStatusAsync("Lunch", "#ff9800");
        await SignInSupervisorAsync();

        var (_, page) = RenderPage<StatusesPage>();

        page.WaitForAssertion(() => page.Find("tr[data-status='Lunch']"));
        page.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("New status");
        page.FindAll("button[aria-label='Edit Lunch'], button[aria-label='Delete Lunch']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Deletes_a_custom_status()
    {
        var lunch = await Data.AddStatusAsync("Lunch", "#ff9800");
        var (host, page) = RenderPage<StatusesPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Delete Lunch']"));

        _ = page.Find("button[aria-label='Delete Lunch']").ClickAsync();
        await AnswerConfirmationAsync(host, "Delete");

        host.WaitForAssertion(() => Calls.All.ShouldContain($"DeleteStatus {lunch.Id}"));
    }
}
