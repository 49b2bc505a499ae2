using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

/// <summary><c>/api/queue_groups</c> and the service level of menus.</summary>
public sealed class QueueGroupResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> MenuIdAsync(string name) =>
        host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == name && m.OrganisationId == host.DemoOrganisationId).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task Admin_creates_a_group_with_menus_and_reads_it_with_them()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var droids = await MenuIdAsync("Droid Repair");

        var created = await admin.PostAsync("/api/queue_groups?include=menus", Json(
            $$"""{"data": {"type": "QueueGroup", "attributes": {"name": "Repairs", "service_level_seconds": 30, "service_level_target_percent": 90}, "relationships": {"menus": {"data": [{"type": "Menu", "id": "{{droids}}"}]} } } }""",
            JsonApiMediaType));

        var document = await created.ShouldBeOkAsync(HttpStatusCode.Created);
        var attributes = document["data"]!["attributes"]!;
        (attributes["name"]!.GetValue<string>(), attributes["service_level_seconds"]!.GetValue<int>(), attributes["service_level_target_percent"]!.GetValue<int>())
            .ShouldBe(("Repairs", 30, 90));
        attributes["numeric_id"]!.GetValue<long>().ShouldBeGreaterThan(0);
        document["included"]!.AsArray().Select(m => m!["attributes"]!["name"]!.GetValue<string>()).ShouldBe(["Droid Repair"]);
        var menu = await (await admin.GetAsync($"/api/menus/{droids}?include=queue_group")).ShouldBeOkAsync();
        menu["included"]![0]!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Repairs");
    }

    [Fact]
    public async Task Admin_replaces_the_menus_and_changes_the_target()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var venting = await MenuIdAsync("Death Star Venting System");
        var armor = await MenuIdAsync("Storm Trooper Armor");
        var created = await (await admin.PostAsync("/api/queue_groups", Json(
            $$"""{"data": {"type": "QueueGroup", "attributes": {"name": "Maintenance"}, "relationships": {"menus": {"data": [{"type": "Menu", "id": "{{venting}}"}]} } } }""",
            JsonApiMediaType))).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created["data"]!["id"]!.GetValue<string>();

        var patched = await admin.PatchAsync($"/api/queue_groups/{id}?include=menus", Json(
            $$"""{"data": {"type": "QueueGroup", "id": "{{id}}", "attributes": {"service_level_target_percent": 95}, "relationships": {"menus": {"data": [{"type": "Menu", "id": "{{armor}}"}]} } } }""",
            JsonApiMediaType));

        var document = await patched.ShouldBeOkAsync();
        document["data"]!["attributes"]!["service_level_target_percent"]!.GetValue<int>().ShouldBe(95);
        document["data"]!["attributes"]!["service_level_seconds"]!.GetValue<int>().ShouldBe(20);
        document["included"]!.AsArray().Select(m => m!["attributes"]!["name"]!.GetValue<string>()).ShouldBe(["Storm Trooper Armor"]);
    }

    [Fact]
    public async Task A_duplicate_group_name_is_refused_on_the_name()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        await admin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "Escalations"} } }""", JsonApiMediaType));

        var again = await admin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "escalations"} } }""", JsonApiMediaType));

        var error = await again.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/name");
    }

    [Fact]
    public async Task Supervisors_read_groups_but_do_not_write_them()
    {
        var tarkin = await host.ClientForAsync(ApiHost.TarkinEmail);

        var read = await tarkin.GetAsync("/api/queue_groups");
        var write = await tarkin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "Mine"} } }""", JsonApiMediaType));

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        await write.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_sets_and_clears_a_menus_own_service_level()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var premium = await MenuIdAsync("Premium Support");

        var set = await admin.PatchAsync($"/api/menus/{premium}", Json(
            $$"""{"data": {"type": "Menu", "id": "{{premium}}", "attributes": {"service_level_seconds": 15} } }""", JsonApiMediaType));
        var invalid = await admin.PatchAsync($"/api/menus/{premium}", Json(
            $$"""{"data": {"type": "Menu", "id": "{{premium}}", "attributes": {"service_level_seconds": 0} } }""", JsonApiMediaType));
        var cleared = await admin.PatchAsync($"/api/menus/{premium}", Json(
            $$"""{"data": {"type": "Menu", "id": "{{premium}}", "attributes": {"service_level_seconds": null} } }""", JsonApiMediaType));

        (await set.ShouldBeOkAsync())["data"]!["attributes"]!["service_level_seconds"]!.GetValue<int>().ShouldBe(15);
        (await invalid.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity))["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/service_level_seconds");
        (await cleared.ShouldBeOkAsync())["data"]!["attributes"]!["service_level_seconds"].ShouldBeNull();
    }
}
