using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Components.Shared;
using AdminPortal.Web.Portal.Queries;
using Bunit;
using MudBlazor;
using MenusPage = AdminPortal.Web.Components.Pages.Menus.Menus;

namespace AdminPortal.Web.Tests.Portal.Menus;

public sealed class MenusTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public async Task Shows_the_menu_tree_with_types_and_hidden_ones_marked()
    {
        var deathStar = await Data.AddMenuAsync("Death Star");
        await Data.AddMenuAsync("Armor", deathStar.Id, MenuType.WebMenu, hidden: true);

        var (_, page) = RenderPage<MenusPage>();

        page.WaitForAssertion(() =>
        {
            var items = page.FindAll("[role=treeitem] > .tree-row");
            items[0].TextContent.ShouldContain("Death Star");
            items[0].TextContent.ShouldContain("IVR menu");
            items[1].TextContent.ShouldContain("Armor (hidden)");
            items[1].TextContent.ShouldContain("Web menu");
            page.Markup.ShouldNotContain("web_menu");
        });
    }

    [Fact]
    public async Task Saves_type_hidden_and_output_message_of_the_selected_menu()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);
        await page.InvokeAsync(() => page.FindComponent<MudSelect<MenuType>>().Instance.ValueChanged.InvokeAsync(MenuType.MobileMenu));
        await page.InvokeAsync(() => page.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Output message").Instance.ValueChanged.InvokeAsync("Hold on"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        Calls.All.ShouldContain($"UpdateMenu {menu.Id} Death Star MobileMenu hidden=True msg=Hold on");
        Snackbars.ShouldContain("Menu Death Star saved");
    }

    [Fact]
    public async Task Creates_a_sub_menu_under_the_selected_one()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "New menu name").Instance.ValueChanged.InvokeAsync("Trench"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Create sub-menu").ClickAsync();

        Calls.All.ShouldContain($"CreateMenu Trench under {menu.Id}");
    }

    [Fact]
    public async Task Move_refused_by_the_service_shows_its_message()
    {
        var parent = await Data.AddMenuAsync("Death Star");
        var child = await Data.AddMenuAsync("Trench", parent.Id);
        var (_, page) = RenderPage<MenusPage>();
        await SelectAsync(page, parent.Id);
        await PickAsync(page, "Parent", "tren", "Death Star › Trench");
        Calls.Refusal = new RuleViolationException(TreeMessages.MenuCycle);

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Move").ClickAsync();

        Snackbars.ShouldContain(TreeMessages.MenuCycle);
    }

    [Fact]
    public async Task Deletes_the_selected_menu()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (host, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        var asked = await AnswerConfirmationAsync(host, "Delete");

        asked.ShouldContain("Nobody is assigned to it.");
        host.WaitForAssertion(() => Calls.All.ShouldBe([$"DeleteMenu {menu.Id}"]));
        Snackbars.ShouldContain("Menu Death Star deleted");
    }

    [Fact]
    public async Task The_delete_dialog_counts_the_assignments_that_stop_answering()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AssignAgentAsync(menu, await Data.AddAgentAsync("Darth", "Vader"));
        await Data.AssignAgentAsync(menu, await Data.AddAgentAsync("Barry", "Allen"));
        await Data.AssignTeamAsync(menu, await Data.AddTeamAsync("Regiment"));
        var (host, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        var asked = await AnswerConfirmationAsync(host, "Cancel");

        asked.ShouldContain("Its 2 agent assignments and 1 team assignment stop answering it.");
        Calls.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task Deleting_a_menu_with_sub_menus_says_so_before_any_attempt()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        await Data.AddMenuAsync("Trench", menu.Id);
        var (host, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        var said = await AnswerConfirmationAsync(host, "Close");

        said.ShouldContain("It still has 1 sub-menu: Trench. Move or delete them first.");
        Calls.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_selected_menu_can_be_deselected_to_create_at_the_top_level()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);

        await page.Find("button[aria-label='Deselect menu']").ClickAsync();
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "New menu name").Instance.ValueChanged.InvokeAsync("Hoth"));
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Create menu").ClickAsync();

        Calls.All.ShouldBe(["CreateMenu Hoth under top"]);
    }

    [Fact]
    public async Task A_supervisor_reads_a_menu_without_the_buttons_that_would_fail()
    {
        var menu = await Data.AddMenuAsync("Death Star", type: MenuType.MobileMenu);
        await SignInSupervisorAsync();
        var (_, page) = RenderPage<MenusPage>();

        await SelectAsync(page, menu.Id);

        page.WaitForAssertion(() => page.Find("dl.facts").TextContent.ShouldContain("Mobile menu"));
        var buttons = page.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        buttons.ShouldNotContain("Create menu");
        buttons.ShouldNotContain("Save");
        buttons.ShouldNotContain("Move");
        buttons.ShouldNotContain("Delete");
    }

    [Fact]
    public async Task Saving_shows_the_services_validation_message_under_the_name()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (_, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);
        await page.InvokeAsync(() => page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Instance.ValueChanged.InvokeAsync(""));
        Calls.Refusal = ValidationFailedException.For("name", "Name is required.");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Save").ClickAsync();

        page.WaitForAssertion(() =>
        {
            var name = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name");
            name.Markup.ShouldContain("Name is required.");
        });
        Calls.All.ShouldContain(c => c.StartsWith($"UpdateMenu {menu.Id}"));
    }

    [Fact]
    public async Task Cancelling_the_confirmation_deletes_nothing()
    {
        var menu = await Data.AddMenuAsync("Death Star");
        var (host, page) = RenderPage<MenusPage>();
        await SelectAsync(page, menu.Id);

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync();
        await AnswerConfirmationAsync(host, "Cancel");

        host.WaitForAssertion(() => host.FindAll(".mud-message-box").ShouldBeEmpty());
        Calls.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_long_top_level_shows_its_first_hundred_menus_and_the_rest_on_request_or_when_found()
    {
        var menus = new List<Menu>();
        for (var number = 1; number <= 130; number++)
        {
            menus.Add(await Data.AddMenuAsync($"Menu {number:000}"));
        }

        var (_, page) = RenderPage<MenusPage>();

        page.WaitForAssertion(() => page.FindAll("[role=treeitem]").Count.ShouldBe(100));
        page.FindAll("[role=treeitem]")[^1].TextContent.ShouldContain("Menu 100");
        page.Find(".tree-more").TextContent.ShouldContain("Show 30 more (30 not shown)");

        await page.InvokeAsync(() => page.FindComponents<MenuPicker>().Single(p => p.Instance.Label == "Find menu").Instance
            .ValueChanged.InvokeAsync(new Choice(menus[119].Id, "Menu 120")));

        page.WaitForAssertion(() => page.Find($"[data-id='{menus[119].Id}']").GetAttribute("aria-selected").ShouldBe("true"));
        page.FindAll("[role=treeitem]").Count.ShouldBe(130);
        page.FindAll(".tree-more").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_button_under_a_long_top_level_shows_the_next_menus()
    {
        for (var number = 1; number <= 105; number++)
        {
            await Data.AddMenuAsync($"Menu {number:000}");
        }

        var (_, page) = RenderPage<MenusPage>();
        page.WaitForAssertion(() => page.Find(".tree-more").TextContent.ShouldContain("Show 5 more"));

        await page.Find(".tree-more").ClickAsync();

        page.WaitForAssertion(() => page.FindAll("[role=treeitem]").Count.ShouldBe(105));
        page.FindAll("[role=treeitem]")[^1].TextContent.ShouldContain("Menu 105");
        page.FindAll(".tree-more").ShouldBeEmpty();
    }

    private static async Task SelectAsync(IRenderedComponent<MenusPage> page, Guid menuId)
    {
        page.WaitForAssertion(() => page.Find($"[data-id='{menuId}']"));
        await page.Find($"[data-id='{menuId}'] > .tree-row").ClickAsync();
    }
}
