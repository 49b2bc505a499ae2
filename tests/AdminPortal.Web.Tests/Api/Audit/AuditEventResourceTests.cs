using System.Net;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Audit;

/// <summary>
/// <c>/api/audit_events</c>: the API's writes leave events with who, before and after, when and from where; admins and
/// supervisors read them newest first, filtered; agents are refused; nobody writes them; another organisation sees none.
/// </summary>
public sealed class AuditEventResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task An_admins_edit_through_the_api_reads_back_with_actor_before_after_and_source()
    {
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        var raymond = await host.AgentAsync(ApiHost.RaymondEmail);
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);

        await (await client.PatchAsync($"/api/agents/{raymond.Id}", Document(new
        {
            data = new { type = "Agent", id = raymond.Id.ToString(), attributes = new { location = "Nelson HQ", roles = "supervisor" } },
        }))).ShouldBeOkAsync();
        var read = await (await client.GetAsync($"/api/audit_events?filter=equals(resource_id,'{raymond.Id}')&include=actor")).ShouldBeOkAsync();

        var audited = read["data"]!.AsArray().ShouldHaveSingleItem()!;
        var attributes = audited["attributes"]!;
        attributes["action"]!.GetValue<string>().ShouldBe("update");
        attributes["resource_type"]!.GetValue<string>().ShouldBe("Agent");
        attributes["resource_name"]!.GetValue<string>().ShouldBe("Raymond D");
        attributes["source"]!.GetValue<string>().ShouldBe("api");
        attributes["actor_name"]!.GetValue<string>().ShouldBe(admin.Name);
        attributes["changes"]!["location"]!["after"]!.GetValue<string>().ShouldBe("Nelson HQ");
        attributes["changes"]!["roles"]!["before"]!.GetValue<string>().ShouldBe("agent");
        attributes["changes"]!["roles"]!["after"]!.GetValue<string>().ShouldBe("supervisor");
        attributes["changes"]!.AsObject().Select(p => p.Key).ShouldNotContain("security_stamp");
        DateTime.Parse(attributes["occurred_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime()
            .ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        audited["relationships"]!["actor"]!["data"]!["id"]!.GetValue<string>().ShouldBe(admin.Id.ToString());
        read["included"]!.AsArray().ShouldHaveSingleItem()!["attributes"]!["name"]!.GetValue<string>().ShouldBe(admin.Name);
    }

    [Fact]
    public async Task Events_read_newest_first_and_filter_by_actor_resource_type_and_time()
    {
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var since = DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        var first = await CreateTeamAsync(client, "Audit first " + Guid.NewGuid().ToString("N")[..6]);
        var second = await CreateTeamAsync(client, "Audit second " + Guid.NewGuid().ToString("N")[..6]);

        var teams = await (await client.GetAsync(
            $"/api/audit_events?filter=and(equals(resource_type,'Team'),equals(actor.id,'{admin.Id}'),greaterOrEqual(occurred_at,'{since}'))")).ShouldBeOkAsync();
        var future = await (await client.GetAsync("/api/audit_events?filter=greaterOrEqual(occurred_at,'2099-01-01T00:00:00Z')")).ShouldBeOkAsync();

        var ids = teams["data"]!.AsArray().Select(e => e!["attributes"]!["resource_id"]!.GetValue<string>()).ToList();
        ids.ShouldContain(first);
        ids.ShouldContain(second);
        ids.IndexOf(second).ShouldBeLessThan(ids.IndexOf(first));
        future["data"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Supervisors_read_the_trail_and_agents_are_refused()
    {
        using var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        await CreateTeamAsync(admin, "Readable " + Guid.NewGuid().ToString("N")[..6]);
        using var supervisor = await host.ClientForAsync(ApiHost.TarkinEmail);
        using var agent = await host.ClientForAsync(ApiHost.VaderEmail);

        var read = await (await supervisor.GetAsync("/api/audit_events")).ShouldBeOkAsync();
        var refused = await (await agent.GetAsync("/api/audit_events")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        read["data"]!.AsArray().ShouldNotBeEmpty();
        refused["detail"]!.GetValue<string>().ShouldBe("Only admins and supervisors may read the audit trail.");
    }

    [Fact]
    public async Task Nobody_writes_the_trail()
    {
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var existing = await (await client.GetAsync("/api/audit_events?page[size]=1")).ShouldBeOkAsync();
        var id = existing["data"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
        var before = await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().CountAsync());

        var post = await client.PostAsync("/api/audit_events", Document(new
        {
            data = new { type = "AuditEvent", attributes = new { action = "delete", resource_type = "Agent" } },
        }));
        var delete = await client.DeleteAsync($"/api/audit_events/{id}");

        ((int)post.StatusCode).ShouldBeOneOf(403, 405);
        ((int)delete.StatusCode).ShouldBeOneOf(403, 405);
        (await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisation_neither_lists_nor_finds_the_events()
    {
        using var demo = await host.ClientForAsync(ApiHost.AdminEmail);
        var team = await CreateTeamAsync(demo, "Demo only " + Guid.NewGuid().ToString("N")[..6]);
        var eventId = await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().Where(e => e.ResourceId == Guid.Parse(team)).Select(e => e.Id).SingleAsync());
        var leia = await host.AgentAsync(ApiHost.LeiaEmail);
        using var rebels = await host.ClientForAsync(ApiHost.LeiaEmail);

        var listed = await (await rebels.GetAsync($"/api/audit_events?filter=equals(resource_id,'{team}')")).ShouldBeOkAsync();
        var single = await rebels.GetAsync($"/api/audit_events/{eventId}");

        leia.Role.ShouldBe(AgentRole.Admin);
        listed["data"]!.AsArray().ShouldBeEmpty();
        await single.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refused_request_leaves_no_event_even_when_part_of_it_was_written()
    {
        var craig = await host.AgentAsync(ApiHost.CraigEmail);
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PatchAsync($"/api/agents/{craig.Id}", Document(new
        {
            data = new
            {
                type = "Agent",
                id = craig.Id.ToString(),
                attributes = new { location = "Nowhere" },
                relationships = new { teams = new { data = new[] { Identifier("Team", Guid.NewGuid()) } } },
            },
        }));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.AgentAsync(ApiHost.CraigEmail)).Location.ShouldBe(craig.Location);
        (await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ResourceId == craig.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Status_changes_through_the_api_leave_no_event()
    {
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);

        await (await client.PostAsync("/api/operator_statuses", Document(new
        {
            data = new { type = "OperatorStatus", attributes = new { sip_user_id = trooper.Id.ToString(), source = "api", status = "Break" }, relationships = new { } },
        }))).ShouldBeOkAsync(HttpStatusCode.Created);

        (await host.StatusOfAsync(ApiHost.Trooper5Email)).ShouldBe("Break");
        (await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ResourceId == trooper.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task An_organisation_credential_is_the_actor_when_no_agent_acts_and_a_dialect_records_its_route()
    {
        var credential = await host.CreateAsync("Workforce sync");
        using var client = host.WithOrganisationCredential(credential);
        var menu = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.OrganisationId == host.DemoOrganisationId && m.NumericId == 2024).SingleAsync());

        var team = await CreateTeamAsync(client, "Synced " + Guid.NewGuid().ToString("N")[..6]);
        (await client.PostAsync($"/api/call_queues/{menu.Id}/agents", Json("""{"items": [{"extension_number": "203", "skill_level": 6}]}"""))).EnsureSuccessStatusCode();

        var created = await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters().SingleAsync(e => e.ResourceId == Guid.Parse(team)));
        created.ActorId.ShouldBeNull();
        created.CredentialId.ShouldBe(credential.Credential.Id);
        created.ActorName.ShouldBe("Workforce sync (API credential)");
        created.Source.ShouldBe("api");
        var queue = await host.QueryAsync(db => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.ResourceType == "AgentAssignment" && e.CredentialId == credential.Credential.Id).ToListAsync());
        queue.ShouldNotBeEmpty();
        queue.ShouldAllBe(e => e.Source == "/api/call_queues/{id}/agents");
    }

    private static async Task<string> CreateTeamAsync(HttpClient client, string name)
    {
        var created = await (await client.PostAsync("/api/teams", Document(new { data = new { type = "Team", attributes = new { name } } })))
            .ShouldBeOkAsync(HttpStatusCode.Created);
        return created["data"]!["id"]!.GetValue<string>();
    }
}
