using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.QueueGroups;

public sealed class QueueGroupServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Creates_a_group_with_its_menus_and_service_level()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var shipping = await empire.AddMenuAsync("1 Day Shipping");
        var returns = await empire.AddMenuAsync("Returns");
        await using var scope = empire.Scope();

        var group = await scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Shipping", 30, 90), [shipping.Id]);

        var stored = await scope.Db.QueueGroups.AsNoTracking().Include(g => g.Menus).SingleAsync(g => g.Id == group.Id);
        (stored.Name, stored.ServiceLevelSeconds, stored.ServiceLevelTargetPercent, stored.NumericId).ShouldBe(("Shipping", 30, 90, 1L));
        stored.Menus.Select(m => m.Name).ShouldBe(["1 Day Shipping"]);
        (await scope.Db.Menus.AsNoTracking().SingleAsync(m => m.Id == returns.Id)).QueueGroupId.ShouldBeNull();
    }

    [Fact]
    public async Task Setting_the_menus_moves_them_between_groups()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var shipping = await empire.AddMenuAsync("Shipping");
        var returns = await empire.AddMenuAsync("Returns");
        Guid first, second;
        await using (var scope = empire.Scope())
        {
            first = (await scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("First"), [shipping.Id, returns.Id])).Id;
            second = (await scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Second"))).Id;
        }

        await using (var scope = empire.Scope())
        {
            await scope.Get<QueueGroupService>().SetMenusAsync(empire.Admin, second, [returns.Id]);
        }

        await using var check = empire.Scope();
        var groups = await check.Db.Menus.AsNoTracking().ToDictionaryAsync(m => m.Name, m => m.QueueGroupId);
        groups["Shipping"].ShouldBe(first);
        groups["Returns"].ShouldBe(second);
    }

    [Fact]
    public async Task A_menu_of_another_organisation_is_not_found()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        var rebelMenu = await rebels.AddMenuAsync("Rebel Hotline");
        await using var scope = empire.Scope();

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Spies"), [rebelMenu.Id]));

        await using var rebelScope = rebels.Scope();
        (await rebelScope.Db.Menus.AsNoTracking().SingleAsync()).QueueGroupId.ShouldBeNull();
    }

    [Fact]
    public async Task Deleting_a_group_leaves_its_menus_ungrouped_and_its_number_unused()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var shipping = await empire.AddMenuAsync("Shipping");
        await using (var scope = empire.Scope())
        {
            var group = await scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Shipping"), [shipping.Id]);
            await scope.Get<QueueGroupService>().DeleteAsync(empire.Admin, group.Id);
        }

        await using var check = empire.Scope();
        (await check.Db.Menus.AsNoTracking().SingleAsync()).QueueGroupId.ShouldBeNull();
        (await check.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Again"))).NumericId.ShouldBe(2);
    }

    [Theory]
    [InlineData(0, 80, "service_level_seconds")]
    [InlineData(20, 0, "service_level_target_percent")]
    [InlineData(20, 101, "service_level_target_percent")]
    public async Task Refuses_a_service_level_out_of_range(int seconds, int percent, string member)
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<QueueGroupService>().CreateAsync(empire.Admin, new QueueGroupDetails("Shipping", seconds, percent)));

        error.Errors.Keys.ShouldBe([member]);
    }

    [Fact]
    public async Task A_menu_keeps_its_own_service_level_seconds()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var menu = await empire.AddMenuAsync("Premium Support");
        await using var scope = empire.Scope();

        await scope.Get<QueueGroupService>().SetMenuServiceLevelAsync(empire.Admin, menu.Id, 15);

        (await scope.Db.Menus.AsNoTracking().SingleAsync()).ServiceLevelSeconds.ShouldBe(15);
        await Should.ThrowAsync<PermissionDeniedException>(() =>
            scope.Get<QueueGroupService>().SetMenuServiceLevelAsync(new(empire.Organisation.Id, empire.AdminAgent.Id, AgentRole.Supervisor), menu.Id, 10));
    }
}
