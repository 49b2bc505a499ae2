using AdminPortal.Domain.Entities;
using AdminPortal.Web.Components.Layout;
using Bunit;

namespace AdminPortal.Web.Tests.Portal.Layout;

public sealed class NavMenuTests(PortalDatabase database) : BunitTest(database)
{
    private static readonly string[] SupervisorPages = ["Board", "Queues", "Agents", "Teams", "Menus", "Assignments", "Statuses", "Activity", "Audit trail", "Widget"];
    private static readonly string[] AdminPages = ["Board", "Queues", "Agents", "Teams", "Menus", "Assignments", "Statuses", "Activity", "Audit trail", "Settings", "Widget"];

    [Fact]
    public async Task Admins_see_the_admin_pages_and_settings()
    {
        SignInAs(await Data.AddAgentAsync("Wilhuff", "Tarkin", role: AgentRole.Admin));

        var menu = Context.Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldBe(AdminPages);
        menu.FindAll("a").Single(a => a.TextContent.Trim() == "Settings").GetAttribute("href").ShouldBe("settings");
    }

    [Fact]
    public async Task Supervisors_see_the_admin_pages_without_settings()
    {
        SignInAs(await Data.AddAgentAsync("Wilhuff", "Tarkin", role: AgentRole.Supervisor));

        var menu = Context.Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldBe(SupervisorPages);
    }

    [Fact]
    public async Task Agents_see_only_their_widget()
    {
        SignInAs(await Data.AddAgentAsync("Storm", "Trooper"));

        var menu = Context.Render<NavMenu>();

        menu.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ShouldBe([("Widget", "widget")]);
    }
}
