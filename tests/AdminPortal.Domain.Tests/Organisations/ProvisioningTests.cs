using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Organisations;

public sealed class ProvisioningTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task New_organisation_has_the_built_in_statuses_of_seed_004()
    {
        var organisation = await database.CreateOrganisationAsync("Empire");

        await using var scope = database.ActAs(organisation.Id);
        var statuses = await scope.Db.UserStatuses.OrderBy(s => s.Position).ToListAsync();

        statuses.Select(s => (s.BuiltInId, s.Name, s.Color, s.WfmId)).ShouldBe(
        [
            (0, "Available", "green", 11), (-1, "Unavailable", "red", 12), (-2, "Break", "yellow", 29),
            (-3, "Special Task", "pink", 30), (-4, "Meal", "brown", 31), (-5, "Missed Call", "blue_grey", 32),
            (-6, "Wrap-up", "purple", 33), (-7, "In-call", "light_blue", 34), (-8, "In-chat", "indigo", 35),
            (-10, "Offline", "grey", 36),
        ]);
        statuses.Where(s => s.System).Select(s => s.Name).ShouldBe(["Missed Call", "Wrap-up", "In-call", "In-chat"]);
        statuses.Single(s => s.BuiltInId == BuiltInStatuses.Offline.BuiltInId).Category.ShouldBe(StatusCategory.Offline);
    }

    [Fact]
    public async Task Organisation_does_not_see_statuses_of_another()
    {
        var first = await database.CreateOrganisationAsync();
        var second = await database.CreateOrganisationAsync();

        await using var scope = database.ActAs(first.Id);
        var organisations = await scope.Db.UserStatuses.Select(s => s.OrganisationId).Distinct().ToListAsync();

        organisations.ShouldBe([first.Id]);
        second.Id.ShouldNotBe(first.Id);
    }
}
