using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Intake;

/// <summary>The JSON:API side of live queues: the wrap-up and service level settings, and calls with the fields the intake keeps.</summary>
public sealed class LiveQueueResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task An_admin_sets_the_organisations_wrap_up_and_service_level_defaults()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var id = host.DemoOrganisationId;

        var updated = await (await admin.PatchAsync($"/api/organisations/{id}", Json(
            $$"""{"data": {"type": "Organisation", "id": "{{id}}", "attributes": {"wrap_up_seconds": 45, "service_level_seconds": 25, "service_level_target_percent": 85} } }""",
            JsonApiMediaType))).ShouldBeOkAsync();
        var invalid = await (await admin.PatchAsync($"/api/organisations/{id}", Json(
            $$"""{"data": {"type": "Organisation", "id": "{{id}}", "attributes": {"wrap_up_seconds": -1} } }""", JsonApiMediaType))).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);

        var attributes = updated["data"]!["attributes"]!;
        (attributes["wrap_up_seconds"]!.GetValue<int>(), attributes["service_level_seconds"]!.GetValue<int>(), attributes["service_level_target_percent"]!.GetValue<int>())
            .ShouldBe((45, 25, 85));
        invalid["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/wrap_up_seconds");
        (await host.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == id).Select(o => o.WrapUpSeconds).SingleAsync())).ShouldBe(45);
    }

    [Fact]
    public async Task A_menu_has_its_own_wrap_up_seconds()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var menuId = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == "Carpentry").Select(m => m.Id).SingleAsync());

        var updated = await (await admin.PatchAsync($"/api/menus/{menuId}", Json(
            $$"""{"data": {"type": "Menu", "id": "{{menuId}}", "attributes": {"wrap_up_seconds": 10} } }""", JsonApiMediaType))).ShouldBeOkAsync();
        await (await admin.PatchAsync($"/api/menus/{menuId}", Json(
            $$"""{"data": {"type": "Menu", "id": "{{menuId}}", "attributes": {"wrap_up_seconds": 5000} } }""", JsonApiMediaType))).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);

        updated["data"]!["attributes"]!["wrap_up_seconds"]!.GetValue<int>().ShouldBe(10);
    }

    [Fact]
    public async Task A_reported_call_shows_its_seed_004_fields_and_the_agent_its_next_status()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Special Task");
        var phone = host.WithOrganisationCredential(await host.CreateAsync("Phone system"));
        await phone.PostAsync("/api/intake/calls/R-1/events", Json("""{"type": "queued", "menu_id": 11, "occurred_at": "2026-01-05T09:00:00Z"}"""));
        await phone.PostAsync("/api/intake/calls/R-1/events", Json("""{"type": "connected", "agent_id": 34, "occurred_at": "2026-01-05T09:00:12Z"}"""));
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var calls = (await (await admin.GetAsync("/api/calls?filter=equals(external_id,'R-1')&include=agent.next_status")).ShouldBeOkAsync());

        var call = calls["data"]!.AsArray().Single()!["attributes"]!;
        (call["call_status"]!.GetValue<string>(), call["queue_duration"]!.GetValue<int>(), call["wait_duration"]!.GetValue<int>()).ShouldBe(("connected", 12, 12));
        (call["menu_path"]!.GetValue<string>(), call["on_hold"]!.GetValue<bool>()).ShouldBe(("Death Star/Carpentry", false));
        call["updated_at"].ShouldNotBeNull();
        calls["included"]!.AsArray().Select(r => r!["attributes"]!["name"]?.GetValue<string>()).ShouldContain("Special Task");
    }
}
