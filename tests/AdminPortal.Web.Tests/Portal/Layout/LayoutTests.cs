using AdminPortal.Web.Components.Layout;
using AdminPortal.Web.Portal;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AdminPortal.Web.Tests.Portal.Layout;

public sealed class LayoutTests(PortalDatabase database) : BunitTest(database)
{
    [Fact]
    public void Asks_the_browser_for_its_time_zone_and_remembered_theme()
    {
        Context.JSInterop.Setup<string?>("adminPortal.timeZone").SetResult("Asia/Tokyo");
        Context.JSInterop.Setup<string?>("adminPortal.themeChoice").SetResult("dark");

        var providers = Context.Render<PortalProviders>();

        providers.WaitForAssertion(() =>
        {
            Context.Services.GetRequiredService<ViewerTime>().Zone.Id.ShouldBe("Asia/Tokyo");
            IsDark(providers).ShouldBeTrue();
        });
    }

    [Fact]
    public void A_browser_that_refuses_storage_keeps_the_page_working_in_the_light_theme()
    {
        Context.JSInterop.Setup<string?>("adminPortal.timeZone").SetResult("Asia/Tokyo");
        Context.JSInterop.Setup<string?>("adminPortal.themeChoice").SetException(new Microsoft.JSInterop.JSException("SecurityError: storage is blocked"));

        var providers = Context.Render<PortalProviders>();

        providers.WaitForAssertion(() => Context.Services.GetRequiredService<ViewerTime>().Zone.Id.ShouldBe("Asia/Tokyo"));
        IsDark(providers).ShouldBeFalse();
        providers.FindComponents<MudDialogProvider>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Follows_the_system_until_the_user_chooses()
    {
        Context.JSInterop.Setup<bool>("watchDarkThemeMedia", _ => true).SetResult(true);
        var providers = Context.Render<PortalProviders>();
        var theme = Context.Services.GetRequiredService<ThemeState>();

        providers.InvokeAsync(() => theme.SystemChangedAsync(true));

        providers.WaitForAssertion(() => IsDark(providers).ShouldBeTrue());
        theme.Choice.ShouldBe(ThemeChoice.System);
    }

    [Fact]
    public async Task The_theme_menu_switches_and_remembers_the_choice()
    {
        var providers = Context.Render<PortalProviders>();
        var menu = Context.Render<ThemeMenu>();

        await menu.Find("button").ClickAsync();
        await providers.FindAll(".mud-menu-item, .mud-list-item").Single(i => i.TextContent.Contains("Dark theme")).ClickAsync();

        providers.WaitForAssertion(() => IsDark(providers).ShouldBeTrue());
        Context.JSInterop.Invocations["adminPortal.rememberThemeChoice"].Last().Arguments.ShouldBe(["dark"]);
    }

    /// <summary>The theme provider's dark mode (read in the test only: the MudBlazor analyzer guards it elsewhere).</summary>
    private static bool IsDark(IRenderedComponent<PortalProviders> providers)
    {
#pragma warning disable MUD0012
        return providers.FindComponent<MudThemeProvider>().Instance.IsDarkMode;
#pragma warning restore MUD0012
    }

    [Fact]
    public void The_layout_has_a_skip_link_to_its_main_landmark_and_no_heading_of_its_own()
    {
        Authorization.SetAuthorized("Ada Admin");
        Context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));

        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<h1>Agents</h1>")));

        var skip = layout.Find("a.skip-link");
        skip.TextContent.ShouldBe("Skip to content");
        skip.GetAttribute("href").ShouldEndWith("#main-content");
        layout.FindAll("main").ShouldHaveSingleItem().Id.ShouldBe("main-content");
        layout.FindAll("h1").ShouldHaveSingleItem().TextContent.ShouldBe("Agents");
        layout.FindAll("h1, h2, h3, h4, h5, h6").Count.ShouldBe(1);
        layout.FindComponent<MudDialogProvider>().Instance.CloseOnEscapeKey.ShouldBe(true);
    }
}
