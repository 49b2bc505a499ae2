using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Menus;

public sealed class MenuServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Can_create_and_update_menu()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();
        var menus = scope.Get<IMenuService>();

        var deathStar = await menus.CreateAsync(scenario.Admin, new MenuDetails("Death Star", MenuType.IvrMenu, false, null), null);
        var armor = await menus.CreateAsync(scenario.Admin, new MenuDetails("Storm Trooper Armor", MenuType.WebMenu, false, "Welcome"), deathStar.Id);
        var updated = await menus.UpdateAsync(scenario.Admin, armor.Id, new MenuDetails("Armor", MenuType.MobileMenu, true, "  "));

        updated.Name.ShouldBe("Armor");
        updated.MenuType.ShouldBe(MenuType.MobileMenu);
        updated.Hidden.ShouldBeTrue();
        updated.OutputMsg.ShouldBeNull();
        updated.ParentId.ShouldBe(deathStar.Id);
    }

    [Fact]
    public async Task Cannot_create_menu_without_name()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IMenuService>().CreateAsync(scenario.Admin, new MenuDetails("", MenuType.IvrMenu, false, null), null));

        error.Errors.Keys.ShouldBe(["name"]);
    }

    [Fact]
    public async Task Cannot_move_menu_under_its_own_sub_menu()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var root = await scenario.AddMenuAsync("Death Star");
        var child = await scenario.AddMenuAsync("Shipping", root);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<RuleViolationException>(() => scope.Get<IMenuService>().MoveAsync(scenario.Admin, root.Id, child.Id));

        error.Message.ShouldBe(TreeMessages.MenuCycle);
    }

    [Fact]
    public async Task Deleted_menu_stays_readable_and_accepts_no_changes()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Escalations");
        await using var scope = scenario.Scope();
        var menus = scope.Get<IMenuService>();

        await menus.DeleteAsync(scenario.Admin, menu.Id);

        (await scope.Db.Menus.AsNoTracking().SingleAsync(m => m.Id == menu.Id)).Deleted.ShouldBeTrue();
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            menus.UpdateAsync(scenario.Admin, menu.Id, new MenuDetails("Back", MenuType.IvrMenu, false, null)));
    }
}
