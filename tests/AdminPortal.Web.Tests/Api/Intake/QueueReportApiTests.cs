using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Intake;

/// <summary><c>GET /api/queues/status</c>, <c>/service_levels</c> and <c>/group_service_levels</c>: read-only resource collections on the JSON:API media type.</summary>
public sealed class QueueReportApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Queue_status_lists_the_waiting_calls_of_each_queue_with_its_agents()
    {
        var phone = host.WithOrganisationCredential(await host.CreateAsync("Phone system"));
        var queuedAt = DateTime.UtcNow.AddSeconds(-90);
        await (await phone.PostAsync("/api/intake/calls/Q-1/events", Json($$"""{"type": "queued", "menu_id": 1693, "occurred_at": "{{queuedAt:O}}"}"""))).ShouldBeOkAsync();
        await (await phone.PostAsync("/api/intake/calls/Q-2/events", Json("""{"type": "queued", "menu_id": 1693}"""))).ShouldBeOkAsync();
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.GetAsync("/api/queues/status?channel=call&menu=1693");
        var data = (await response.ShouldBeOkAsync())["data"]!.AsArray();

        response.Content.Headers.ContentType!.MediaType.ShouldBe(JsonApiMediaType);
        var deathStar = data.Single()!;
        deathStar["type"]!.GetValue<string>().ShouldBe("QueueStatus");
        deathStar["id"]!.GetValue<string>().ShouldBe("1693-en-call");
        var attributes = deathStar["attributes"]!;
        (attributes["menu_path"]!.GetValue<string>(), attributes["lang"]!.GetValue<string>(), attributes["channel"]!.GetValue<string>()).ShouldBe(("Death Star", "en", "call"));
        attributes["in_queue_count"]!.GetValue<int>().ShouldBe(2);
        attributes["oldest_duration_in_queue"]!.GetValue<int>().ShouldBeInRange(89, 120);
        attributes["oldest_in_queue"]!.GetValue<DateTime>().ToUniversalTime().ShouldBe(queuedAt, TimeSpan.FromMilliseconds(1));
        (attributes["agents_available"]!.GetValue<int>() + attributes["agents_on_call"]!.GetValue<int>() + attributes["agents_busy"]!.GetValue<int>()
            + attributes["agents_away"]!.GetValue<int>()).ShouldBeGreaterThan(0);
        deathStar["relationships"]!["menu"]!["data"]!["type"]!.GetValue<string>().ShouldBe("Menu");
    }

    [Fact]
    public async Task Service_levels_need_the_minutes_and_list_every_queue_group()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        await admin.PostAsync("/api/queue_groups", Json("""{"data": {"type": "QueueGroup", "attributes": {"name": "Escalations", "service_level_seconds": 30, "service_level_target_percent": 95}}}""", JsonApiMediaType));

        var missing = await (await admin.GetAsync("/api/queues/service_levels")).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        var channel = await (await admin.GetAsync("/api/queues/service_levels?minutes=15&channel=fax")).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        var groups = (await (await admin.GetAsync("/api/queues/group_service_levels?minutes=60&channel=call")).ShouldBeOkAsync())["data"]!.AsArray();

        missing["source"]!["parameter"]!.GetValue<string>().ShouldBe("minutes");
        channel["detail"]!.GetValue<string>().ShouldBe("channel must be call or chat, not 'fax'.");
        var escalations = groups.Single(g => g!["attributes"]!["queue_group_name"]!.GetValue<string>() == "Escalations")!["attributes"]!;
        (escalations["minutes"]!.GetValue<int>(), escalations["answered"]!.GetValue<int>(), escalations["service_level_target_percent"]!.GetValue<int>()).ShouldBe((60, 0, 95));
        escalations["sla"].ShouldBeNull();
    }

    [Fact]
    public async Task Agents_cannot_read_queue_reports()
    {
        var agent = await host.ClientForAsync(ApiHost.Trooper1Email);

        var error = await (await agent.GetAsync("/api/queues/status")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldBe("Only admins and supervisors read queue status and service level.");
    }
}
