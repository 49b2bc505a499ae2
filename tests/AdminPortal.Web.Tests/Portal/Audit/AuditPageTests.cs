using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Portal;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using AuditPage = AdminPortal.Web.Components.Pages.Audit.Audit;

namespace AdminPortal.Web.Tests.Portal.Audit;

/// <summary>/audit: the changes made through the real services, humanised, newest first, in the viewer's time zone, filtered.</summary>
public sealed class AuditPageTests : BunitTest
{
    public AuditPageTests(PortalDatabase database)
        : base(database) => Context.Services.TryAddScoped<ViewerTime>();

    [Fact]
    public async Task Shows_who_changed_what_before_and_after_newest_first_in_words()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await AsAdminAsync<ITeamService>(async teams =>
        {
            var team = await teams.CreateAsync(Actor, "Storm Troopers", null);
            await teams.RenameAsync(Actor, team.Id, "Storm Trooper Regiment");
            await teams.AddMembersAsync(Actor, team.Id, [vader.Id]);
        });
        await AsAdminAsync<IMenuService>(menus => menus.CreateAsync(Actor, new MenuDetails("Death Star", MenuType.IvrMenu, false, null), null));

        var (_, page) = RenderPage<AuditPage>();

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("tbody tr.mud-table-row");
            rows.Count.ShouldBe(4);
            rows[0].TextContent.ShouldContain("Created");
            rows[0].TextContent.ShouldContain("Menu Death Star");
            rows[0].TextContent.ShouldContain("Menu type: IVR menu");
            rows[1].TextContent.ShouldContain("Agents: + Darth Vader");
            rows[2].TextContent.ShouldContain("Changed");
            rows[2].QuerySelector(".audit-before")!.TextContent.ShouldBe("Storm Troopers");
            rows[2].QuerySelector(".audit-after")!.TextContent.ShouldBe("Storm Trooper Regiment");
            rows[3].TextContent.ShouldContain("Name: Storm Troopers");
            rows.ShouldAllBe(r => r.QuerySelector(".audit-who")!.TextContent == "Ada Admin" && r.QuerySelector(".audit-source")!.TextContent == "Portal");
        });
    }

    [Fact]
    public async Task Times_read_in_the_viewers_time_zone()
    {
        await AsAdminAsync<ITeamService>(teams => teams.CreateAsync(Actor, "Imperial Command", null));
        var occurredAt = await ReadAsync(db => db.AuditEvents.Select(e => e.OccurredAt).SingleAsync());
        Context.Services.GetRequiredService<ViewerTime>().Use("Asia/Tokyo");

        var (_, page) = RenderPage<AuditPage>();

        var expected = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(occurredAt, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        page.WaitForAssertion(() =>
        {
            page.Find("thead").TextContent.ShouldContain("When (Asia/Tokyo)");
            page.Find(".audit-when").TextContent.ShouldBe(expected.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task A_password_change_says_so_without_the_password()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await AsAdminAsync<IAgentService>(agents => agents.SetPasswordAsync(Actor, vader.Id, "the-dark-side-1"));

        var (_, page) = RenderPage<AuditPage>();

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem();
            row.TextContent.ShouldContain("Password changed");
            row.TextContent.ShouldContain("Password: changed");
            row.TextContent.ShouldNotContain("the-dark-side-1");
            row.QuerySelector("a[href='agents/" + vader.Id + "']").ShouldNotBeNull();
        });
    }

    [Fact]
    public async Task Filters_by_resource_type_and_actor()
    {
        var tarkin = await Data.AddAgentAsync("Moff", "Tarkin", role: AgentRole.Admin);
        await AsAdminAsync<ITeamService>(teams => teams.CreateAsync(Actor, "Imperial Command", null));
        await AsAsync<IMenuService>(tarkin, (menus, actor) => menus.CreateAsync(actor, new MenuDetails("Death Star", MenuType.IvrMenu, false, null), null));
        var (_, page) = RenderPage<AuditPage>();
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").Count.ShouldBe(2));

        await page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Resource type").Instance.ValueChanged.InvokeAsync("Team"));
        page.WaitForAssertion(() => page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem().TextContent.ShouldContain("Imperial Command"));
        await page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Resource type").Instance.ValueChanged.InvokeAsync(null!));
        var actors = page.FindComponent<MudAutocomplete<AuditActor>>().Instance;
        var tarkinChoice = (await actors.SearchFunc!("Tark", CancellationToken.None)!).ShouldHaveSingleItem();
        await page.InvokeAsync(() => actors.ValueChanged.InvokeAsync(tarkinChoice));

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tbody tr.mud-table-row").ShouldHaveSingleItem();
            row.TextContent.ShouldContain("Death Star");
            row.QuerySelector(".audit-who")!.TextContent.ShouldBe("Moff Tarkin");
        });
    }

    private Domain.Identity.Actor Actor => new(Data.OrganisationId, SignedIn.Id, AgentRole.Admin);

    /// <summary>Writes through the real domain services (not the page's fakes) as the signed-in admin from the portal.</summary>
    private Task AsAdminAsync<TService>(Func<TService, Task> write)
        where TService : notnull => AsAsync<TService>(SignedIn, (service, _) => write(service));

    private async Task AsAsync<TService>(Agent admin, Func<TService, Domain.Identity.Actor, Task> write)
        where TService : notnull
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        scope.Get<AuditContext>().Use(AuditOrigin.Portal(admin.Id, admin.Name));
        await write(scope.Get<TService>(), new Domain.Identity.Actor(Data.OrganisationId, admin.Id, admin.Role));
    }

    private async Task<T> ReadAsync<T>(Func<Domain.Data.AdminPortalDbContext, Task<T>> read)
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await read(scope.Db);
    }
}
