using AdminPortal.Domain.Entities;
using AdminPortal.Web.Components.Layout;
using Bunit;

namespace AdminPortal.Web.Tests.Portal.Layout;

public sealed class NavMenuTests(PortalDatabase database) : BunitTest(database)
{
    private static readonly string[] AdminPages = ["Board", "Agents", "Teams", "Menus", "Assignments", "Statuses", "Activity", "Widget"];

    [Theory]
    [InlineData(AgentRole.Admin)]
    [InlineData(AgentRole.Supervisor)]
    public async Task Admins_and_supervisors_see_the_admin_pages(AgentRole role)
    {
        SignInAs(await Data.AddAgentAsync("Wilhuff", "Tarkin", role: role));

        var menu = Context.Render<NavMenu>();

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldBe(AdminPages);
    }

    [Fact]
    public async Task Agents_see_only_their_widget()
    {
        SignInAs(await Data.AddAgentAsync("Storm", "Trooper"));

        var menu = Context.Render<NavMenu>();

        menu.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ShouldBe([("Widget", "widget")]);
    }
}
