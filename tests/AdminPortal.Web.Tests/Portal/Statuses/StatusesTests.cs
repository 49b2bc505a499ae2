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
            page.Find("tr[data-status='In-call']").TextContent.ShouldContain("system");
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
