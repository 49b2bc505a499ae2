using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004 menus: the list with assignments, one menu, the tree, their filters and <c>with_deleted</c>.</summary>
public sealed class ManagerMenuTests(DialectHost host) : IClassFixture<DialectHost>
{
    private async Task<IReadOnlyList<long>> IdsAsync(string url) => (await (await host.Manager().GetAsync(url)).ShouldBeArrayAsync()).Ids();

    [Fact]
    public async Task Menu_list_example_answers_menus_with_their_agent_and_team_assignments()
    {
        var menus = await (await host.Manager().GetAsync("/manager/api/v1/menus")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(menus, ManagerSeedExamples.MenuList, "agent_number");
        var deathStar = menus.Single(m => m!["id"]!.GetValue<long>() == 1693)!;
        deathStar["name"]!.GetValue<string>().ShouldBe("Death Star");
        deathStar["menu_type"]!.GetValue<string>().ShouldBe("ivr_menu");
        deathStar["parent_id"].ShouldBeNull();
        var agents = deathStar["agent_assignments"]!.AsArray();
        agents.Select(a => (a!["lang"]!.GetValue<string>(), a["assignee"]!["id"]!.GetValue<long>(), a["assignee"]!["name"]!.GetValue<string>()))
            .ShouldBe([("en", 11L, "Darth Vader"), ("it", 1407L, "Moff Tarkin")]);
        var troopers = deathStar["team_assignments"]!.AsArray().Single()!;
        troopers["queue_level"]!.GetValue<string>().ShouldBe("primary");
        troopers["channel_type"]!.GetValue<string>().ShouldBe("voice_call");
        troopers["team"]!["id"]!.GetValue<long>().ShouldBe(10);
        troopers["team"]!["agents_count"]!.GetValue<int>().ShouldBe(4);
        troopers["team"]!["assignees"]!.AsArray().Ids().ShouldBe([19, 20, 21, 1407]);
    }

    [Fact]
    public async Task Menu_list_filters_by_every_documented_field()
    {
        (await IdsAsync("/manager/api/v1/menus?id[]=2026&id[]=11")).ShouldBe([11, 2026]);
        (await IdsAsync("/manager/api/v1/menus?name[]=Droid%20Repair")).ShouldBe([2025]);
        (await IdsAsync("/manager/api/v1/menus?parent_id[]=2026")).ShouldBe([2036]);
        (await IdsAsync("/manager/api/v1/menus?parent_id[]=1693&position[]=0")).ShouldBe([11]);
        (await IdsAsync("/manager/api/v1/menus?menu_type[]=web_menu")).ShouldBe([2028]);
        (await IdsAsync("/manager/api/v1/menus?parent_id[]=null&menu_type[]=mobile_menu&position[from]=5&position[to]=6")).ShouldBe([2026, 2049]);
        (await IdsAsync("/manager/api/v1/menus?hidden[]=true")).ShouldBeEmpty();
        (await IdsAsync("/manager/api/v1/menus?output_msg[]=You%20selected%20premium%20support&deleted[]=false")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Single_menu_example_answers_an_array_holding_the_menu()
    {
        var client = host.Manager();

        var menu = await (await client.GetAsync("/manager/api/v1/menus/1693")).ShouldBeArrayAsync();
        var missing = await (await client.GetAsync("/manager/api/v1/menus/4242")).ShouldBeMessageAsync(HttpStatusCode.NotFound);

        SeedShape.ShouldMatch(menu, ManagerSeedExamples.SingleMenu, "agent_number");
        menu.Ids().ShouldBe([1693]);
        missing.ShouldBe("Menu '4242' does not exist.");
    }

    [Fact]
    public async Task Menu_tree_example_answers_the_menus_under_their_parents()
    {
        var tree = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(tree, ManagerSeedExamples.MenuTree);
        var armor = tree.Single(m => m!["id"]!.GetValue<long>() == 2026)!;
        armor["children"]!.AsArray().Ids().ShouldBe([2036]);
        armor["children"]![0]!["parent_id"]!.GetValue<long>().ShouldBe(2026);
        armor["children"]![0]!["children"]!.AsArray().ShouldBeEmpty();
        tree.Single(m => m!["id"]!.GetValue<long>() == 1693)!["children"]!.AsArray()
            .Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["Carpentry", "Cabinetry"]);
        tree.Select(m => m!["position"]!.GetValue<int>()).ShouldBe(tree.Select(m => m!["position"]!.GetValue<int>()).Order().ToList());
    }

    [Fact]
    public async Task Menu_tree_filters_by_menu_type_and_language_and_keeps_the_paths()
    {
        var premium = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == "Premium Support").Select(m => m.NumericId).SingleAsync());
        var mobile = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree?menu_type[]=mobile_menu")).ShouldBeArrayAsync();
        var italian = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree?lang[]=it")).ShouldBeArrayAsync();
        var chat = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree?lang[]=en&lang[]=fr&menu_type[]=ivr_menu")).ShouldBeArrayAsync();
        var unknown = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree?lang[]=klingon")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);
        var paged = await (await host.Manager().GetAsync("/manager/api/v1/menus/tree?page=2")).ShouldBeMessageAsync(HttpStatusCode.BadRequest);

        mobile.Select(m => m!["menu_type"]!.GetValue<string>()).ShouldAllBe(t => t == "mobile_menu");
        mobile.Ids().ShouldNotContain(1693);
        italian.Ids().ShouldBe([1693]);
        italian[0]!["children"]!.AsArray().ShouldBeEmpty();
        chat.Ids().ShouldContain(1693);
        chat.Ids().ShouldContain(premium);
        chat.Ids().ShouldNotContain(2026, "Storm Trooper Armor is a mobile menu");
        chat.Single(m => m!["id"]!.GetValue<long>() == 1693)!["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["Carpentry"]);
        unknown.ShouldBe("lang[] must be one of en, es, fr, de, pt, it, nl, ja; 'klingon' is not.");
        paged.ShouldStartWith("'page' is not a parameter of this endpoint; it takes with_deleted, menu_type[], lang[]");
    }

    [Fact]
    public async Task Another_organisation_sees_only_its_own_menus()
    {
        var rebels = await (await host.Rebels().GetAsync("/manager/api/v1/menus")).ShouldBeArrayAsync();
        var demoMenu = await host.Rebels().GetAsync("/manager/api/v1/menus/1693");

        rebels.Select(m => m!["name"]!.GetValue<string>()).ShouldBe([RebelData.MenuName]);
        await demoMenu.ShouldBeMessageAsync(HttpStatusCode.NotFound);
    }
}
