using System.Net;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>
/// <c>with_deleted</c> on seed 004's lists, single reads and trees: deleted menus, teams and statuses are left out
/// unless asked for; hidden menus are listed and filter by <c>hidden[]</c>.
/// </summary>
public sealed class ManagerDeletedRowsTests(ManagerDeletedRowsTests.Host host) : IClassFixture<ManagerDeletedRowsTests.Host>
{
    private async Task<IReadOnlyList<long>> IdsAsync(string url) => (await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync()).Ids();

    [Fact]
    public async Task Deleted_menus_only_when_asked_for_and_hidden_ones_by_filter()
    {
        var client = host.Manager();

        (await IdsAsync("/manager/api/v1/menus?hidden[]=true")).ShouldBe([2028]);
        (await IdsAsync("/manager/api/v1/menus?id[]=2049")).ShouldBeEmpty();
        (await IdsAsync("/manager/api/v1/menus?id[]=2049&with_deleted=true")).ShouldBe([2049]);
        (await IdsAsync("/manager/api/v1/menus?with_deleted=true&deleted[]=true")).ShouldBe([2049]);
        (await (await client.GetAsync("/manager/api/v1/menus/2049")).ShouldBeMessageAsync(HttpStatusCode.NotFound)).ShouldBe("Menu '2049' does not exist.");
        var deleted = await (await client.GetAsync("/manager/api/v1/menus/2049?with_deleted=true")).ShouldBeArrayAsync();
        deleted.Single()!["deleted"]!.GetValue<bool>().ShouldBeTrue();
        (await IdsAsync("/manager/api/v1/menus/tree")).ShouldNotContain(2049);
        (await IdsAsync("/manager/api/v1/menus/tree?with_deleted=true")).ShouldContain(2049);
    }

    [Fact]
    public async Task Deleted_teams_only_when_asked_for()
    {
        var deletedId = host.DeletedTeamId;
        var client = host.Manager();

        (await IdsAsync($"/manager/api/v1/teams?id[]={deletedId}")).ShouldBeEmpty();
        (await IdsAsync($"/manager/api/v1/teams?id[]={deletedId}&with_deleted=true")).ShouldBe([deletedId]);
        await (await client.GetAsync($"/manager/api/v1/teams/{deletedId}")).ShouldBeMessageAsync(HttpStatusCode.NotFound);
        (await (await client.GetAsync($"/manager/api/v1/teams/{deletedId}?with_deleted=true")).ShouldBeJsonAsync())["deleted"]!.GetValue<bool>().ShouldBeTrue();
        var tree = await (await client.GetAsync("/manager/api/v1/teams/tree")).ShouldBeArrayAsync();
        tree.Single(t => t!["id"]!.GetValue<long>() == 147)!["children"]!.AsArray().Ids().ShouldBe([34]);
        var withDeleted = await (await client.GetAsync("/manager/api/v1/teams/tree?with_deleted=true")).ShouldBeArrayAsync();
        withDeleted.Single(t => t!["id"]!.GetValue<long>() == 147)!["children"]!.AsArray().Ids().ShouldBe([34, deletedId]);
    }

    [Fact]
    public async Task Deleted_statuses_only_when_asked_for()
    {
        (await IdsAsync("/manager/api/v1/user_statuses")).ShouldNotContain(2);
        (await IdsAsync("/manager/api/v1/user_statuses?with_deleted=true")).ShouldContain(2);
    }

    /// <summary>Emperor's Hotline deleted, Speed Issues hidden, the 2nd Regiment and the Training status deleted.</summary>
    public sealed class Host : DialectHost
    {
        public long DeletedTeamId { get; private set; }

        protected override async Task ArrangeAsync(AdminPortal.Domain.Data.AdminPortalDbContext db)
        {
            var demo = DemoOrganisationId;
            await db.Menus.IgnoreQueryFilters().Where(m => m.OrganisationId == demo && m.NumericId == 2049).ExecuteUpdateAsync(m => m.SetProperty(x => x.Deleted, true));
            await db.Menus.IgnoreQueryFilters().Where(m => m.OrganisationId == demo && m.NumericId == 2028).ExecuteUpdateAsync(m => m.SetProperty(x => x.Hidden, true));
            var team = await db.Teams.IgnoreQueryFilters().SingleAsync(t => t.OrganisationId == demo && t.Name == "Storm Trooper 2nd Regiment");
            team.Deleted = true;
            DeletedTeamId = team.NumericId;
            await db.UserStatuses.IgnoreQueryFilters().Where(s => s.OrganisationId == demo && s.Name == "Training").ExecuteUpdateAsync(s => s.SetProperty(x => x.Deleted, true));
            await db.SaveChangesAsync();
        }
    }
}
