using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Intake;

/// <summary>
/// <c>POST /api/intake/{calls|chats}/{id}/events</c> on the demo organisation with an organisation credential, as a
/// phone system would send them (the seed's numeric ids: Carpentry 11, Storm Troopers 1 and 2 are agents 19 and 20).
/// </summary>
public sealed class IntakeApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Trooper2Email = "trooper2@empire.com";

    private async Task<HttpClient> PhoneSystemAsync() => host.WithOrganisationCredential(await host.CreateAsync($"Phone system {Guid.NewGuid():N}"));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string id, string body, string kind = "calls") =>
        client.PostAsync($"/api/intake/{kind}/{Uri.EscapeDataString(id)}/events", Json(body));

    [Fact]
    public async Task Can_report_a_call_from_queue_to_wrap_up_and_the_agent_follows()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Available");
        var phone = await PhoneSystemAsync();

        var queued = await (await SendAsync(phone, "CA-100", """
            {"type": "queued", "menu_id": 11, "lang": "en", "call_type": "Voice Inbound (IVR)", "support_number": "+12128675309",
             "end_user": {"id": 3, "identifier": "Death Star Carpentry Union", "out_contact_id": "363876643527"}}
            """)).ShouldBeOkAsync();
        await (await SendAsync(phone, "CA-100", """{"type": "offered", "agent_id": 19}""")).ShouldBeOkAsync();
        var connected = await (await SendAsync(phone, "CA-100", """{"type": "connected"}""")).ShouldBeOkAsync();

        queued["kind"]!.GetValue<string>().ShouldBe("call");
        queued["external_id"]!.GetValue<string>().ShouldBe("CA-100");
        queued["status"]!.GetValue<string>().ShouldBe("queued");
        queued["recorded"]!.GetValue<bool>().ShouldBeTrue();
        connected["status"]!.GetValue<string>().ShouldBe("connected");
        connected["agent_status"]!.GetValue<string>().ShouldBe("In-call");
        connected["id"]!.GetValue<long>().ShouldBe(queued["id"]!.GetValue<long>());
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe("In-call");

        var ended = await (await SendAsync(phone, "CA-100", """{"type": "ended", "disconnected_by": "agent"}""")).ShouldBeOkAsync();
        ended["agent_status"]!.GetValue<string>().ShouldBe("Wrap-up");
        var released = await (await SendAsync(phone, "CA-100", """{"type": "wrap_up_ended"}""")).ShouldBeOkAsync();
        released["agent_status"]!.GetValue<string>().ShouldBe("Available");

        var call = await host.QueryAsync(db => db.Calls.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.ExternalId == "CA-100"));
        (call.Status, call.CallType, call.MenuPath, call.EndUserId, call.DisconnectedBy).ShouldBe(("finished", "IvrCall", "Death Star/Carpentry", "3", "disconnected_by_agent"));
        var trooper = await host.AgentAsync(ApiHost.Trooper1Email);
        trooper.CallCount.ShouldBeGreaterThan(0);
        var rows = await host.QueryAsync(db => db.OperatorStatuses.IgnoreQueryFilters().Where(o => o.SipUserId == trooper.Id).OrderBy(o => o.CreatedAt).ToListAsync());
        rows.TakeLast(3).Select(r => (r.Status, r.Source, r.ChangedByUserId)).ShouldBe(
            [("In-call", StatusSource.System, (Guid?)null), ("Wrap-up", StatusSource.System, null), ("Available", StatusSource.System, null)]);
    }

    [Fact]
    public async Task A_repeated_event_answers_200_and_changes_nothing()
    {
        var phone = await PhoneSystemAsync();
        const string queued = """{"type": "queued", "menu_id": 11, "occurred_at": "2026-01-05T09:00:00Z", "event_id": "evt-1"}""";
        await (await SendAsync(phone, "CA-200", queued)).ShouldBeOkAsync();

        var again = await (await SendAsync(phone, "CA-200", queued)).ShouldBeOkAsync();

        again["recorded"]!.GetValue<bool>().ShouldBeFalse();
        again["note"]!.GetValue<string>().ShouldBe("Call 'CA-200': this event was already recorded.");
        again["status"]!.GetValue<string>().ShouldBe("queued");
        (await host.QueryAsync(db => db.ContactEvents.IgnoreQueryFilters().CountAsync(e => e.Call!.ExternalId == "CA-200"))).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_out_of_order_answers_409_and_leaves_the_call_as_it_was()
    {
        var phone = await PhoneSystemAsync();

        var unknown = await (await SendAsync(phone, "CA-300", """{"type": "ended"}""")).ShouldBeErrorAsync(HttpStatusCode.Conflict);
        await (await SendAsync(phone, "CA-300", """{"type": "queued", "menu_id": 11}""")).ShouldBeOkAsync();
        var notAnswered = await (await SendAsync(phone, "CA-300", """{"type": "ended"}""")).ShouldBeErrorAsync(HttpStatusCode.Conflict);
        var resumed = await (await SendAsync(phone, "CA-300", """{"type": "resumed"}""")).ShouldBeErrorAsync(HttpStatusCode.Conflict);

        unknown["detail"]!.GetValue<string>().ShouldBe("Call 'CA-300' has not been queued: report 'queued' first.");
        notAnswered["detail"]!.GetValue<string>().ShouldBe("Call 'CA-300' was not answered: report 'abandoned' when the end user leaves the queue.");
        resumed["detail"]!.GetValue<string>().ShouldBe("Call 'CA-300' is not on hold.");
        (await host.QueryAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.ExternalId == "CA-300").Select(c => c.Status).SingleAsync())).ShouldBe("queued");
    }

    [Fact]
    public async Task Bad_values_answer_422_pointing_at_the_member_and_unknown_ids_404()
    {
        var phone = await PhoneSystemAsync();

        var type = await (await SendAsync(phone, "CA-400", """{"type": "ringing"}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var response = await SendAsync(phone, "CA-400", """{"type": "queued", "lang": "xx"}""");
        var body = await response.Content.ReadAsStringAsync();
        var menu = await (await SendAsync(phone, "CA-400", """{"type": "queued", "menu_id": 99999}""")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
        var held = await (await SendAsync(phone, "CH-400", """{"type": "held"}""", "chats")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var selecting = await (await SendAsync(phone, "CH-400", """{"type": "selecting"}""", "chats")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var noCode = await (await SendAsync(phone, "CA-400", """{"type": "disposition", "code": "  "}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var strayGroup = await (await SendAsync(phone, "CA-400", """{"type": "connected", "agent_id": 19, "group": "Group 1"}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var rating = await (await SendAsync(phone, "CA-400", """{"type": "rated", "rating": 6}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var halfStar = await (await SendAsync(phone, "CA-400", """{"type": "rated", "rating": 4.5}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var unrated = await (await SendAsync(phone, "CA-400", """{"type": "rated", "feedback": "Nice"}""")).ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        var notJson = await phone.PostAsync("/api/intake/calls/CA-400/events", Json("type=queued", "text/plain"));

        type["source"]!["pointer"]!.GetValue<string>().ShouldBe("/type");
        type["detail"]!.GetValue<string>().ShouldStartWith("type must be one of: selecting, queued, offered, connected,");
        type["detail"]!.GetValue<string>().ShouldEndWith("message, disposition, rated.");
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        JsonNode.Parse(body)!["errors"]!.AsArray().Select(e => e!["source"]!["pointer"]!.GetValue<string>()).ShouldBe(["/menu_id", "/lang"], ignoreOrder: true);
        menu["detail"]!.GetValue<string>().ShouldBe("Menu 99999 does not exist.");
        held["detail"]!.GetValue<string>().ShouldBe("A chat can't be held.");
        selecting["detail"]!.GetValue<string>().ShouldBe("Only a call has a phone menu to be selecting in.");
        (noCode["source"]!["pointer"]!.GetValue<string>(), noCode["detail"]!.GetValue<string>()).ShouldBe(("/code", "A disposition event needs the code the agent set (code)."));
        (strayGroup["source"]!["pointer"]!.GetValue<string>(), strayGroup["detail"]!.GetValue<string>()).ShouldBe(("/group", "group is the offer group of an offered event."));
        (rating["source"]!["pointer"]!.GetValue<string>(), rating["detail"]!.GetValue<string>()).ShouldBe(("/rating", "rating must be a whole number from 1 to 5."));
        (halfStar["source"]!["pointer"]!.GetValue<string>(), halfStar["detail"]!.GetValue<string>()).ShouldBe(("/rating", "rating must be a whole number from 1 to 5."));
        (unrated["source"]!["pointer"]!.GetValue<string>(), unrated["detail"]!.GetValue<string>()).ShouldBe(("/rating", "A rated event needs the end user's rating (rating)."));
        notJson.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await host.QueryAsync(db => db.Calls.IgnoreQueryFilters().AnyAsync(c => c.ExternalId == "CA-400"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_deactivated_agent_is_offered_no_new_call_but_its_call_in_progress_still_ends()
    {
        var phone = await PhoneSystemAsync();
        var trooper = await host.AgentAsync("trooper6@empire.com");
        await (await SendAsync(phone, "CA-700", """{"type": "queued", "menu_id": 11}""")).ShouldBeOkAsync();
        await (await SendAsync(phone, "CA-700", $$"""{"type": "connected", "agent_id": {{trooper.NumericId}}}""")).ShouldBeOkAsync();
        await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Id == trooper.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.DeactivatedAt, DateTime.UtcNow)));

        await (await SendAsync(phone, "CA-700", """{"type": "ended", "disconnected_by": "agent"}""")).ShouldBeOkAsync();
        await (await SendAsync(phone, "CA-701", """{"type": "queued", "menu_id": 11}""")).ShouldBeOkAsync();
        var offered = await (await SendAsync(phone, "CA-701", $$"""{"type": "offered", "agent_id": {{trooper.NumericId}}}"""))
            .ShouldBeErrorAsync(HttpStatusCode.Conflict);

        offered["detail"]!.GetValue<string>().ShouldBe($"Agent {trooper.NumericId} is deactivated and takes no new calls or chats.");
        (await host.QueryAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.ExternalId == "CA-701").Select(c => c.AgentId).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Only_an_organisation_credential_or_an_admin_reports_calls()
    {
        var agent = await host.ClientForAsync(ApiHost.Trooper1Email);
        var supervisor = await host.ClientForAsync(ApiHost.TarkinEmail);
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var anonymous = host.CreateClient();

        await (await SendAsync(agent, "CA-500", """{"type": "queued", "menu_id": 11}""")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        await (await SendAsync(supervisor, "CA-500", """{"type": "queued", "menu_id": 11}""")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await SendAsync(anonymous, "CA-500", """{"type": "queued", "menu_id": 11}""")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await SendAsync(admin, "CA-500", """{"type": "queued", "menu_id": 11}""")).ShouldBeOkAsync())["recorded"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task A_chat_reports_messages_and_puts_the_agent_in_chat()
    {
        await host.PutInStatusAsync(Trooper2Email, "Available");
        var phone = await PhoneSystemAsync();

        await (await SendAsync(phone, "CH-600", """{"type": "queued", "menu_id": 11, "chat_type": "Messaging (SMS)"}""", "chats")).ShouldBeOkAsync();
        await (await SendAsync(phone, "CH-600", """{"type": "message", "sender": "end_user"}""", "chats")).ShouldBeOkAsync();
        var connected = await (await SendAsync(phone, "CH-600", """{"type": "connected", "agent_id": 20}""", "chats")).ShouldBeOkAsync();
        await (await SendAsync(phone, "CH-600", """{"type": "message", "sender": "agent"}""", "chats")).ShouldBeOkAsync();

        (connected["kind"]!.GetValue<string>(), connected["status"]!.GetValue<string>(), connected["agent_status"]!.GetValue<string>()).ShouldBe(("chat", "assigned", "In-chat"));
        var chat = await host.QueryAsync(db => db.Chats.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.ExternalId == "CH-600"));
        (chat.ChatType, chat.MessageCount, chat.ResponseCount).ShouldBe(("Messaging (SMS)", 2, 1));
        (await host.StatusOfAsync(Trooper2Email)).ShouldBe("In-chat");
        (await host.AgentAsync(Trooper2Email)).ChatCount.ShouldBeGreaterThan(0);
    }
}
