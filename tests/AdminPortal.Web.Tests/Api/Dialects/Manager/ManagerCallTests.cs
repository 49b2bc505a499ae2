using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004's calls and chats, as the phone and chat systems reported them through the intake, with the seed's filters.</summary>
public sealed class ManagerCallTests(ManagerCallTests.Host host) : IClassFixture<ManagerCallTests.Host>
{
    private const string Calls = "/manager/api/v1/calls?support_number[]=%2B15550001111";

    [Fact]
    public async Task Calls_answer_the_seeds_call_objects_with_what_the_phone_system_reported()
    {
        var calls = await (await host.Manager().GetAsync($"{Calls}&call_status[]=finished")).ShouldBeArrayAsync();

        // the product has no virtual agent: virtual_agent is null, present as the seed shows it
        SeedShape.ShouldMatch(calls, ManagerSeedExamples.Calls, "virtual_agent");
        var call = calls.Single()!;
        (call["call_type"]!.GetValue<string>(), call["status"]!.GetValue<string>(), call["lang"]!.GetValue<string>()).ShouldBe(("Voice Inbound (IVR)", "finished", "en"));
        (call["queue_duration"]!.GetValue<int>(), call["wait_duration"]!.GetValue<int>(), call["hold_duration"]!.GetValue<int>(), call["call_duration"]!.GetValue<int>())
            .ShouldBe((8, 8, 20, 60));
        call["queued_at"]!.GetValue<string>().ShouldBe("2026-01-05T09:00:00.000Z");
        call["connected_at"]!.GetValue<string>().ShouldBe("2026-01-05T09:00:08.000Z");
        call["ends_at"]!.GetValue<string>().ShouldBe("2026-01-05T09:01:08.000Z");
        (call["selected_menu"]!["id"]!.GetValue<long>(), call["menu_path"]!["materialized_path"]!.GetValue<string>(), call["menu_path"]!["name"]!.GetValue<string>())
            .ShouldBe((11L, "Death Star/Carpentry", "Carpentry"));
        (call["end_user"]!["id"]!.GetValue<long>(), call["end_user"]!["identifier"]!.GetValue<string>()).ShouldBe((3L, "Death Star Carpentry Union"));
        (call["agent_info"]!["id"]!.GetValue<long>(), call["agent_info"]!["name"]!.GetValue<string>()).ShouldBe((11L, "Darth Vader"));
        (call["disconnected_by"]!.GetValue<string>(), call["fail_reason"]!.GetValue<string>(), call["answer_type"]!.GetValue<string>())
            .ShouldBe(("disconnected_by_end_user", "nothing", "manual"));
    }

    [Fact]
    public async Task Calls_filter_by_status_fail_reason_agent_type_and_ranges_and_sort()
    {
        var waiting = await (await host.Manager().GetAsync($"{Calls}&call_status[]=queued")).ShouldBeArrayAsync();
        var abandoned = await (await host.Manager().GetAsync($"{Calls}&call_fail_reason[]=eu_abandoned")).ShouldBeArrayAsync();
        var vader = await (await host.Manager().GetAsync($"{Calls}&agent_id[]=11")).ShouldBeArrayAsync();
        var app = await (await host.Manager().GetAsync($"{Calls}&call_type[]=IncomingCallApp")).ShouldBeArrayAsync();
        var longHolds = await (await host.Manager().GetAsync($"{Calls}&hold_duration[from]=10")).ShouldBeArrayAsync();
        var january = await (await host.Manager().GetAsync($"{Calls}&queued_at[from]=2026-01-05T09:00:00Z&queued_at[to]=2026-01-05T09:05:00Z")).ShouldBeArrayAsync();
        var newest = await (await host.Manager().GetAsync($"{Calls}&sort_column=queued_at&sort_direction=DESC&per=1")).ShouldBeArrayAsync();

        waiting.Select(c => c!["status"]!.GetValue<string>()).ShouldBe(["queued"]);
        abandoned.Single()!["status"]!.GetValue<string>().ShouldBe("failed");
        abandoned.Single()!["adapter_fail_code"]!.GetValue<int>().ShouldBe(20003);
        abandoned.Single()!["adapter_fail_message"]!.GetValue<string>().ShouldBe("This call was abandoned by the customer.");
        vader.Single()!["status"]!.GetValue<string>().ShouldBe("finished");
        app.Select(c => c!["call_type"]!.GetValue<string>()).ShouldBe(["Voice Inbound (App)"]);
        longHolds.Single()!["hold_duration"]!.GetValue<int>().ShouldBe(20);
        january.Count.ShouldBe(2);
        newest.Single()!["status"]!.GetValue<string>().ShouldBe("queued");
    }

    [Fact]
    public async Task Chats_answer_the_seeds_chat_objects_and_filter()
    {
        const string chats = "/manager/api/v1/chats?end_user_id[]=777001";
        var all = await (await host.Manager().GetAsync(chats)).ShouldBeArrayAsync();
        var finished = await (await host.Manager().GetAsync($"{chats}&chat_status[]=finished&message_count[from]=2&chat_type[]=Messaging Inbound (Web Chat)")).ShouldBeArrayAsync();
        var waiting = await (await host.Manager().GetAsync($"{chats}&agent_id[]=null")).ShouldBeArrayAsync();
        var slowReplies = await (await host.Manager().GetAsync($"{chats}&longest_response_time[from]=11")).ShouldBeArrayAsync();

        // no virtual agent, and nobody rated these chats: null, as the seed's calls show an unrated contact
        SeedShape.ShouldMatch(all, ManagerSeedExamples.Chats, "virtual_agent", "rating");
        all.Count.ShouldBe(2);
        var chat = finished.Single()!;
        (chat["chat_type"]!.GetValue<string>(), chat["status"]!.GetValue<string>(), chat["agent_info"]!["id"]!.GetValue<long>()).ShouldBe(("Messaging Inbound (Web Chat)", "finished", 11L));
        (chat["queue_duration"]!.GetValue<int>(), chat["chat_duration"]!.GetValue<int>(), chat["message_count"]!.GetValue<int>()).ShouldBe((5, 55, 2));
        (chat["average_response_time"]!.GetValue<int>(), chat["longest_response_time"]!.GetValue<int>()).ShouldBe((10, 10));
        (chat["selected_menu"]!["id"]!.GetValue<long>(), chat["end_user"]!["id"]!.GetValue<long>()).ShouldBe((11L, 777001L));
        waiting.Single()!["status"]!.GetValue<string>().ShouldBe("queued");
        slowReplies.ShouldBeEmpty();

        // Darth Vader's leg: connected 5 s in, replied once after 10 s, ended at 60 s, wrap-up to 70 s; the chat waited 5 s on Carpentry
        var handle = chat["handle_durations"]!.AsArray().Single()!;
        (handle["agent_id"]!.GetValue<long>(), handle["chat_duration"]!.GetValue<int>(), handle["acw_duration"]!.GetValue<int>(), handle["menu_path"]!.GetValue<string>(), handle["transfer"]!.GetValue<int>())
            .ShouldBe((11L, 55, 10, "Death Star/Carpentry", 0));
        (handle["response_count"]!.GetValue<int>(), handle["response_time_total"]!.GetValue<int>(), handle["response_time_max"]!.GetValue<int>(), handle["response_time_avg"]!.GetValue<int>())
            .ShouldBe((1, 10, 10, 10));
        var queue = chat["queue_durations"]!.AsArray().Single()!;
        (queue["agent_id"]!.GetValue<long>(), queue["queue_duration"]!.GetValue<int>(), queue["menu_path_id"]!.GetValue<long>(), queue["transfer"]!.GetValue<int>())
            .ShouldBe((11L, 5, 11L, 0));
        chat["transfers"]!.AsArray().ShouldBeEmpty();
        chat["participants"]!.AsArray().Select(p => (p!["type"]!.GetValue<string>(), p["status"]!.GetValue<string>(), p["call_duration"]!.GetValue<int>()))
            .ShouldBe([("end_user", "finished", 55), ("agent", "finished", 55)]);
    }

    [Fact]
    public async Task A_transferred_call_lists_its_transfers_participants_and_handle_and_queue_durations()
    {
        var calls = await (await host.Manager().GetAsync("/manager/api/v1/calls?support_number[]=%2B15550002222")).ShouldBeArrayAsync();

        // it ends on Death Star, a top menu: its selected_menu has no parent
        SeedShape.ShouldMatch(calls, ManagerSeedExamples.Calls, "virtual_agent", "parent_id");
        var call = calls.Single()!;
        call["selected_menu"]!["id"]!.GetValue<long>().ShouldBe(1693L);
        (call["queue_duration"]!.GetValue<int>(), call["call_duration"]!.GetValue<int>(), call["hold_duration"]!.GetValue<int>()).ShouldBe((22, 154, 10));

        // Craig T answers on Carpentry, passes the call to Raymond D, who sends it to the Death Star menu, where Craig T answers again
        var transfers = call["transfers"]!.AsArray();
        var handles = call["handle_durations"]!.AsArray();
        transfers.Count.ShouldBe(2);
        var (toRaymond, toDeathStar) = (transfers[0]!, transfers[1]!);
        (toRaymond["status"]!.GetValue<string>(), toRaymond["fail_reason"]!.GetValue<string>()).ShouldBe(("transferring", "nothing"));
        (toRaymond["created_at"]!.GetValue<string>(), toRaymond["assigned_at"]!.GetValue<string>(), toRaymond["connected_at"]!.GetValue<string>(), toRaymond["updated_at"]!.GetValue<string>())
            .ShouldBe(("2026-01-06T10:01:00.000Z", "2026-01-06T10:01:04.000Z", "2026-01-06T10:01:04.000Z", "2026-01-06T10:01:30.000Z"));
        (toRaymond["wait_duration"]!.GetValue<int>(), toRaymond["call_duration"]!.GetValue<int>()).ShouldBe((4, 26));
        (toRaymond["from_menu"]!["materialized_path"]!.GetValue<string>(), toRaymond["to_menu"]!["materialized_path"]!.GetValue<string>()).ShouldBe(("Death Star/Carpentry", "Death Star/Carpentry"));
        (toRaymond["from_agent"]!["id"]!.GetValue<long>(), toRaymond["to_agent"]!["id"]!.GetValue<long>(), toRaymond["to_agent"]!["name"]!.GetValue<string>()).ShouldBe((12L, 13L, "Raymond D"));
        (toDeathStar["created_at"]!.GetValue<string>(), toDeathStar["assigned_at"]!.GetValue<string>(), toDeathStar["connected_at"]!.GetValue<string>(), toDeathStar["updated_at"]!.GetValue<string>())
            .ShouldBe(("2026-01-06T10:01:30.000Z", "2026-01-06T10:01:40.000Z", "2026-01-06T10:01:43.000Z", "2026-01-06T10:02:43.000Z"));
        (toDeathStar["wait_duration"]!.GetValue<int>(), toDeathStar["call_duration"]!.GetValue<int>()).ShouldBe((10, 60));
        (toDeathStar["from_menu"]!["materialized_path"]!.GetValue<string>(), toDeathStar["to_menu"]!["materialized_path"]!.GetValue<string>(), toDeathStar["to_menu"]!["items_count"]!.GetValue<int>())
            .ShouldBe(("Death Star/Carpentry", "Death Star", 1));
        (toDeathStar["from_agent"]!["id"]!.GetValue<long>(), toDeathStar["to_agent"]!["id"]!.GetValue<long>()).ShouldBe((13L, 12L));
        var (raymondId, deathStarId) = (toRaymond["id"]!.GetValue<long>(), toDeathStar["id"]!.GetValue<long>());
        raymondId.ShouldNotBe(deathStarId);

        var participants = call["participants"]!.AsArray().Select(p => (
            p!["type"]!.GetValue<string>(), p["status"]!.GetValue<string>(), p["call_id"]!.GetValue<long>(), p["user_id"]?.GetValue<long>(), p["end_user_id"]?.GetValue<long>(),
            p["call_duration"]!.GetValue<int>(), p["hold_duration"]!.GetValue<int>(), p["connected_at"]!.GetValue<string>(), p["ended_at"]!.GetValue<string>())).ToList();
        var id = call["id"]!.GetValue<long>();
        participants.ShouldBe([
            ("end_user", "finished", id, null, 4L, 154, 10, "2026-01-06T10:00:09.000Z", "2026-01-06T10:02:43.000Z"),
            ("agent", "finished", id, 12L, null, 51, 10, "2026-01-06T10:00:09.000Z", "2026-01-06T10:01:00.000Z"),
            ("agent", "finished", id, 13L, null, 26, 0, "2026-01-06T10:01:04.000Z", "2026-01-06T10:01:30.000Z"),
            ("agent", "finished", id, 12L, null, 60, 0, "2026-01-06T10:01:43.000Z", "2026-01-06T10:02:43.000Z"),
        ]);

        handles.Select(h => (
            h!["agent_id"]!.GetValue<long>(), h["call_duration"]!.GetValue<int>(), h["acw_duration"]!.GetValue<int>(), h["assigned_connection_duration"]!.GetValue<int>(),
            h["hold_duration"]!.GetValue<int>(), h["menu_path_id"]!.GetValue<long>(), h["menu_path"]!.GetValue<string>(), h["transfer"]!.GetValue<int>(), h["transfer_id"]?.GetValue<long>(),
            h["started_at"]!.GetValue<string>(), h["ended_at"]!.GetValue<string>())).ToList().ShouldBe([
            (12L, 51, 10, 4, 10, 11L, "Death Star/Carpentry", 0, null, "2026-01-06T10:00:09.000Z", "2026-01-06T10:01:00.000Z"),
            (13L, 26, 5, 0, 0, 11L, "Death Star/Carpentry", 1, raymondId, "2026-01-06T10:01:04.000Z", "2026-01-06T10:01:30.000Z"),
            (12L, 60, 10, 3, 0, 1693L, "Death Star", 1, deathStarId, "2026-01-06T10:01:43.000Z", "2026-01-06T10:02:43.000Z"),
        ]);

        call["queue_durations"]!.AsArray().Select(q => (
            q!["agent_id"]!.GetValue<long>(), q["queue_duration"]!.GetValue<int>(), q["menu_path_id"]!.GetValue<long>(), q["menu_path"]!.GetValue<string>(), q["lang"]!.GetValue<string>(),
            q["transfer"]!.GetValue<int>(), q["transfer_id"]?.GetValue<long>(), q["started_at"]!.GetValue<string>(), q["ended_at"]!.GetValue<string>(),
            q["service_level_event"]!.GetValue<string>())).ToList().ShouldBe([
            (12L, 9, 11L, "Death Star/Carpentry", "en", 0, null, "2026-01-06T10:00:00.000Z", "2026-01-06T10:00:09.000Z", "in_sla"),
            (12L, 13, 1693L, "Death Star", "en", 1, deathStarId, "2026-01-06T10:01:30.000Z", "2026-01-06T10:01:43.000Z", "in_sla"),
        ]);
    }

    [Fact]
    public async Task A_call_through_the_phone_menu_lists_its_offers_dispositions_and_the_callers_time_on_it_and_in_the_menu()
    {
        var calls = await (await host.Manager().GetAsync("/manager/api/v1/calls?support_number[]=%2B15550003333&call_status[]=finished")).ShouldBeArrayAsync();

        // the seed's two dispositions differ: transfer_id only on the second, a leg a transfer led to; each is compared with its own
        SeedShape.ShouldMatch(calls, ManagerSeedExamples.Calls, "virtual_agent", "dispositions");
        var call = calls.Single()!;
        var seedDispositions = JsonNode.Parse(ManagerSeedExamples.Calls)![0]!["dispositions"]!.AsArray();
        var dispositions = call["dispositions"]!.AsArray();
        dispositions.Count.ShouldBe(2);
        SeedShape.ShouldMatch(dispositions[0], seedDispositions[0]!.ToJsonString());
        SeedShape.ShouldMatch(dispositions[1], seedDispositions[1]!.ToJsonString());

        (call["created_at"]!.GetValue<string>(), call["queued_at"]!.GetValue<string>(), call["queue_duration"]!.GetValue<int>(), call["call_duration"]!.GetValue<int>())
            .ShouldBe(("2026-01-07T09:00:00.000Z", "2026-01-07T09:00:20.000Z", 15, 55));
        (call["end_user"]!["id"]!.GetValue<long>(), call["end_user"]!["identifier"]!.GetValue<string>()).ShouldBe((5L, "Account 5 (entered in the menu)"), "the caller identified itself in the menu");
        call["offer_type"]!.GetValue<string>().ShouldBe("cascade");
        call["offer_events"]!.AsArray().Select(o => (o!["casting_time"]!.GetValue<string>(), o["group"]!.GetValue<string>()))
            .ShouldBe([("2026-01-07T09:00:22.000Z", "Group 1"), ("2026-01-07T09:00:31.000Z", "Group 2")]);

        // Raymond D coded his leg while talking; Craig T, who took the transfer, coded his after the end
        var participants = call["participants"]!.AsArray();
        var (caller, raymond, craig) = (participants[0]!["id"]!.GetValue<long>(), participants[1]!["id"]!.GetValue<long>(), participants[2]!["id"]!.GetValue<long>());
        var transfer = call["transfers"]!.AsArray().Single()!["id"]!.GetValue<long>();
        (dispositions[0]!["user_id"]!.GetValue<long>(), dispositions[0]!["participant_id"]!.GetValue<long>(), dispositions[0]!["code"]!.GetValue<string>())
            .ShouldBe((13L, raymond, "Product question"));
        dispositions[0]!.AsObject().ContainsKey("transfer_id").ShouldBeFalse();
        (dispositions[1]!["user_id"]!.GetValue<long>(), dispositions[1]!["participant_id"]!.GetValue<long>(), dispositions[1]!["transfer_id"]!.GetValue<long>(),
            dispositions[1]!["code"]!.GetValue<string>()).ShouldBe((12L, craig, transfer, "Requires follow up"));

        // the caller: 90 s on the call from the phone menu to the end, 3 s on hold; 20 s in the menu before queueing on Carpentry
        var handle = call["consumer_handle_durations"]!.AsArray().Single()!;
        (handle["id"]!.GetValue<long>(), handle["call_duration"]!.GetValue<int>(), handle["hold_duration"]!.GetValue<int>(),
            handle["started_at"]!.GetValue<string>(), handle["ended_at"]!.GetValue<string>())
            .ShouldBe((caller, 90, 3, "2026-01-07T09:00:00.000Z", "2026-01-07T09:01:30.000Z"));
        var menu = call["consumer_in_menu_durations"]!.AsArray().Single()!;
        (menu["id"]!.GetValue<long>(), menu["event"]!.GetValue<string>(), menu["duration"]!.GetValue<int>(), menu["menu_path_id"]!.GetValue<long>(),
            menu["menu_path"]!.GetValue<string>(), menu["lang"]!.GetValue<string>(), menu["started_at"]!.GetValue<string>(), menu["ended_at"]!.GetValue<string>())
            .ShouldBe((caller, "finished", 20, 11L, "Death Star/Carpentry", "en", "2026-01-07T09:00:00.000Z", "2026-01-07T09:00:20.000Z"));
        call["consumer_event_durations"]!.AsArray().ShouldBeEmpty();
        call["virtual_agent"].ShouldBeNull();
        call["virtual_agent_deflected_escalations"]!.AsArray().ShouldBeEmpty();
        call["virtual_agent_handle_durations"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_caller_who_hangs_up_in_the_phone_menu_fails_the_call_with_its_time_there()
    {
        const string calls = "/manager/api/v1/calls?support_number[]=%2B15550003333";
        var abandoned = (await (await host.Manager().GetAsync($"{calls}&call_fail_reason[]=eu_in_menu_abandoned")).ShouldBeArrayAsync()).Single()!;
        var selecting = await (await host.Manager().GetAsync($"{calls}&call_status[]=selecting")).ShouldBeArrayAsync();

        (abandoned["status"]!.GetValue<string>(), abandoned["adapter_fail_code"]!.GetValue<int>(), abandoned["adapter_fail_message"]!.GetValue<string>())
            .ShouldBe(("failed", 20004, "This call was abandoned by the customer during menu selection."));
        abandoned["queued_at"].ShouldBeNull();
        var menu = abandoned["consumer_in_menu_durations"]!.AsArray().Single()!;
        (menu["event"]!.GetValue<string>(), menu["duration"]!.GetValue<int>(), menu["menu_path_id"]!.GetValue<long>(), menu["menu_path"]!.GetValue<string>())
            .ShouldBe(("abandoned", 12, 1693L, "Death Star"));
        abandoned["consumer_handle_durations"]!.AsArray().Single()!["call_duration"]!.GetValue<int>().ShouldBe(12);
        abandoned["offer_events"]!.AsArray().ShouldBeEmpty();
        abandoned["offer_type"].ShouldBeNull();

        // a caller still in the menu: no time in it, or on the call, yet
        var inMenu = selecting.Single()!;
        (inMenu["selected_menu"]!["id"]!.GetValue<long>(), inMenu["consumer_in_menu_durations"]!.AsArray().Count, inMenu["consumer_handle_durations"]!.AsArray().Count)
            .ShouldBe((2024L, 0, 0));
    }

    [Fact]
    public async Task A_chat_lists_its_offers_the_agents_codes_and_the_end_users_time_on_it()
    {
        var chats = await (await host.Manager().GetAsync("/manager/api/v1/chats?end_user_id[]=777002")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(chats, ManagerSeedExamples.Chats, "virtual_agent", "rating");
        var chat = chats.Single()!;
        chat["offer_type"]!.GetValue<string>().ShouldBe("cascade");
        chat["offer_events"]!.AsArray().Select(o => (o!["casting_time"]!.GetValue<string>(), o["group"]!.GetValue<string>())).ShouldBe([("2026-01-05T11:00:02.000Z", "Group 1")]);
        var consumer = chat["consumer_handle_durations"]!.AsArray().Single()!;
        (consumer["id"]!.GetValue<long>(), consumer["chat_duration"]!.GetValue<int>(), consumer["message_count"]!.GetValue<int>(), consumer["response_count"]!.GetValue<int>(),
            consumer["response_time_total"]!.GetValue<int>(), consumer["response_time_max"]!.GetValue<int>(), consumer["response_time_avg"]!.GetValue<int>())
            .ShouldBe((chat["participants"]![0]!["id"]!.GetValue<long>(), 30, 2, 1, 3, 3, 3));
        (consumer["started_at"]!.GetValue<string>(), consumer["ended_at"]!.GetValue<string>()).ShouldBe(("2026-01-05T11:00:00.000Z", "2026-01-05T11:00:30.000Z"));
        var disposition = chat["dispositions"]!.AsArray().Single()!;
        (disposition["user_id"]!.GetValue<long>(), disposition["participant_id"]!.GetValue<long>(), disposition["code"]!.GetValue<string>())
            .ShouldBe((11L, chat["participants"]![1]!["id"]!.GetValue<long>(), "Resolved"));
        chat["consumer_event_durations"]!.AsArray().ShouldBeEmpty();
        chat["virtual_agent"].ShouldBeNull();
    }

    [Fact]
    public async Task The_end_users_rating_after_the_end_shows_with_has_feedback_and_filters_and_on_the_jsonapi()
    {
        var rated = await (await host.Manager().GetAsync("/manager/api/v1/calls?support_number[]=%2B15550003333&rating[from]=1")).ShouldBeArrayAsync();
        var unrated = (await (await host.Manager().GetAsync($"{Calls}&call_status[]=finished")).ShouldBeArrayAsync()).Single()!;
        var chat = (await (await host.Manager().GetAsync("/manager/api/v1/chats?end_user_id[]=777002")).ShouldBeArrayAsync()).Single()!;
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var jsonApiCall = await (await admin.GetAsync("/api/calls?filter=equals(external_id,'CALL-5')")).ShouldBeOkAsync();
        var jsonApiChat = await (await admin.GetAsync("/api/chats?filter=equals(external_id,'CHAT-3')")).ShouldBeOkAsync();

        var call = rated.Single()!;
        call["status"]!.GetValue<string>().ShouldBe("finished");
        (call["rating"]!.GetValue<int>(), call["has_feedback"]!.GetValue<bool>()).ShouldBe((4, true));
        (chat["rating"]!.GetValue<int>(), chat["has_feedback"]!.GetValue<bool>()).ShouldBe((2, false));
        unrated["rating"].ShouldBeNull();
        unrated["has_feedback"]!.GetValue<bool>().ShouldBeFalse();
        jsonApiCall["data"]!.AsArray().Single()!["attributes"]!["rating"]!.GetValue<int>().ShouldBe(4);
        jsonApiChat["data"]!.AsArray().Single()!["attributes"]!["rating"]!.GetValue<int>().ShouldBe(2);
    }

    [Theory]
    [InlineData("chat_status[]=sleeping", "chat_status[] must be one of queued, assigned, finished, canceled, failed, no_response; 'sleeping' is not.", "chats")]
    [InlineData("call_status[]=napping", "call_status[] must be one of scheduled, queued, assigned, connecting, switching, connected, finished, failed, recovered, deflected, selecting, action_only, action_only_finished, voicemail, voicemail_received, voicemail_read; 'napping' is not.")]
    [InlineData("call_type[]=Pigeon", "call_type[] must be one of IvrCall, IncomingCallApp, IncomingCallWeb, ScheduledCallApp, ScheduledCallWeb, OutboundCall, AgentScheduledCall, ActionOnlyCall; 'Pigeon' is not.")]
    [InlineData("rating[from]=high", "rating[from] must be a whole number; 'high' is not.")]
    public async Task A_malformed_filter_answers_400_with_the_message(string filter, string message, string list = "calls")
    {
        var response = await host.Manager().GetAsync($"/manager/api/v1/{list}?{filter}");

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe(message);
    }

    /// <summary>
    /// Three calls: one on Carpentry answered by Darth Vader, held and ended by the caller; one abandoned and one still waiting on Death Star.
    /// A fourth (another support number) is answered by Craig T, transferred to Raymond D, then to the Death Star menu and answered by Craig T.
    /// Three more (a third number) start in the phone menu: one reaches Carpentry, is offered to cascade groups, answered by Raymond D and
    /// passed to Craig T, both setting wrap-up codes, and the caller rates it 4 with feedback; one hangs up in the menu; one is
    /// still in it. Two chats of one end user, one more of another (rated 2).
    /// </summary>
    public class Host : DialectHost
    {
        public Host()
        {
        }

        protected Host(TestBuildingBlocks.Hosting.AdminPortalHostOptions options)
            : base(options)
        {
        }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var day = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
            const string ivr = """ "call_type": "IvrCall", "support_number": "+15550001111", "end_user": {"id": 3, "identifier": "Death Star Carpentry Union", "out_contact_id": "363876643527"} """;
            await EventAsync("CALL-1", "queued", day, $""" "menu_id": 11, {ivr} """);
            await EventAsync("CALL-1", "connected", day.AddSeconds(8), """ "agent_id": 11 """);
            await EventAsync("CALL-1", "held", day.AddSeconds(20));
            await EventAsync("CALL-1", "resumed", day.AddSeconds(40));
            await EventAsync("CALL-1", "ended", day.AddSeconds(68), """ "disconnected_by": "end_user" """);
            await EventAsync("CALL-1", "wrap_up_ended", day.AddSeconds(80));
            await EventAsync("CALL-2", "queued", day.AddSeconds(120), """ "menu_id": 1693, "call_type": "IncomingCallApp", "support_number": "+15550001111" """);
            await EventAsync("CALL-2", "abandoned", day.AddSeconds(135));
            await EventAsync("CALL-3", "queued", DateTime.UtcNow.AddSeconds(-5), """ "menu_id": 1693, "call_type": "IvrCall", "support_number": "+15550001111" """);

            var transferred = day.AddDays(1).AddHours(1);
            await EventAsync("CALL-4", "queued", transferred, """ "menu_id": 11, "call_type": "IvrCall", "support_number": "+15550002222", "end_user": {"id": 4} """);
            await EventAsync("CALL-4", "offered", transferred.AddSeconds(5), """ "agent_id": 12 """);
            await EventAsync("CALL-4", "connected", transferred.AddSeconds(9), """ "agent_id": 12 """);
            await EventAsync("CALL-4", "held", transferred.AddSeconds(30));
            await EventAsync("CALL-4", "resumed", transferred.AddSeconds(40));
            await EventAsync("CALL-4", "transferred", transferred.AddSeconds(60), """ "to_agent_id": 13 """);
            await EventAsync("CALL-4", "connected", transferred.AddSeconds(64), """ "agent_id": 13 """);
            await EventAsync("CALL-4", "wrap_up_ended", transferred.AddSeconds(70), """ "agent_id": 12 """);
            await EventAsync("CALL-4", "transferred", transferred.AddSeconds(90), """ "to_menu_id": 1693 """);
            await EventAsync("CALL-4", "wrap_up_ended", transferred.AddSeconds(95), """ "agent_id": 13 """);
            await EventAsync("CALL-4", "offered", transferred.AddSeconds(100), """ "agent_id": 12 """);
            await EventAsync("CALL-4", "connected", transferred.AddSeconds(103), """ "agent_id": 12 """);
            await EventAsync("CALL-4", "ended", transferred.AddSeconds(163), """ "disconnected_by": "agent" """);
            await EventAsync("CALL-4", "wrap_up_ended", transferred.AddSeconds(173), """ "agent_id": 12 """);

            var chat = day.AddHours(1);
            await EventAsync("CHAT-1", "queued", chat, """ "menu_id": 11, "chat_type": "Messaging Inbound (Web Chat)", "end_user": {"id": 777001, "identifier": "Carpentry Union"} """, "chats");
            await EventAsync("CHAT-1", "connected", chat.AddSeconds(5), """ "agent_id": 11 """, "chats");
            await EventAsync("CHAT-1", "message", chat.AddSeconds(10), """ "sender": "end_user" """, "chats");
            await EventAsync("CHAT-1", "message", chat.AddSeconds(20), """ "sender": "agent" """, "chats");
            await EventAsync("CHAT-1", "ended", chat.AddSeconds(60), kind: "chats");
            await EventAsync("CHAT-1", "wrap_up_ended", chat.AddSeconds(70), kind: "chats");
            await EventAsync("CHAT-2", "queued", chat.AddSeconds(90), """ "menu_id": 11, "end_user": {"id": 777001} """, "chats");
            await EventAsync("CHAT-3", "queued", chat.AddHours(1), """ "menu_id": 11, "end_user": {"id": 777002} """, "chats");
            await EventAsync("CHAT-3", "offered", chat.AddHours(1).AddSeconds(2), """ "agent_id": 11, "group": "Group 1" """, "chats");
            await EventAsync("CHAT-3", "connected", chat.AddHours(1).AddSeconds(4), kind: "chats");
            await EventAsync("CHAT-3", "message", chat.AddHours(1).AddSeconds(6), """ "sender": "end_user" """, "chats");
            await EventAsync("CHAT-3", "message", chat.AddHours(1).AddSeconds(9), """ "sender": "agent" """, "chats");
            await EventAsync("CHAT-3", "ended", chat.AddHours(1).AddSeconds(30), kind: "chats");
            await EventAsync("CHAT-3", "disposition", chat.AddHours(1).AddSeconds(32), """ "code": "Resolved" """, "chats");
            await EventAsync("CHAT-3", "wrap_up_ended", chat.AddHours(1).AddSeconds(33), kind: "chats");
            await EventAsync("CHAT-3", "rated", chat.AddHours(1).AddSeconds(50), """ "rating": 2 """, "chats");

            var menu = day.AddDays(2);
            await EventAsync("CALL-5", "selecting", menu, """ "menu_id": 1693, "lang": "en", "call_type": "IvrCall", "support_number": "+15550003333" """);
            await EventAsync("CALL-5", "selecting", menu.AddSeconds(6), """ "menu_id": 11 """);
            await EventAsync("CALL-5", "queued", menu.AddSeconds(20), """ "menu_id": 11, "end_user": {"id": 5, "identifier": "Account 5 (entered in the menu)"} """);
            await EventAsync("CALL-5", "offered", menu.AddSeconds(22), """ "agent_id": 12, "group": "Group 1" """);
            await EventAsync("CALL-5", "missed", menu.AddSeconds(30), """ "agent_id": 12 """);
            await EventAsync("CALL-5", "offered", menu.AddSeconds(31), """ "agent_id": 13, "group": "Group 2" """);
            await EventAsync("CALL-5", "connected", menu.AddSeconds(35));
            await EventAsync("CALL-5", "held", menu.AddSeconds(40));
            await EventAsync("CALL-5", "resumed", menu.AddSeconds(43));
            await EventAsync("CALL-5", "disposition", menu.AddSeconds(50), """ "code": "Product question" """);
            await EventAsync("CALL-5", "transferred", menu.AddSeconds(60), """ "to_agent_id": 12 """);
            await EventAsync("CALL-5", "connected", menu.AddSeconds(64), """ "agent_id": 12 """);
            await EventAsync("CALL-5", "ended", menu.AddSeconds(90), """ "disconnected_by": "end_user" """);
            await EventAsync("CALL-5", "disposition", menu.AddSeconds(95), """ "agent_id": 12, "code": "Requires follow up" """);
            await EventAsync("CALL-5", "wrap_up_ended", menu.AddSeconds(96), """ "agent_id": 13 """);
            await EventAsync("CALL-5", "wrap_up_ended", menu.AddSeconds(97), """ "agent_id": 12 """);
            await EventAsync("CALL-5", "rated", menu.AddSeconds(120), """ "rating": 4, "feedback": "Sorted out on the second try." """);
            await EventAsync("CALL-6", "selecting", menu.AddMinutes(5), """ "menu_id": 1693, "support_number": "+15550003333" """);
            await EventAsync("CALL-6", "abandoned", menu.AddMinutes(5).AddSeconds(12));
            await EventAsync("CALL-7", "selecting", DateTime.UtcNow.AddSeconds(-3), """ "menu_id": 2024, "support_number": "+15550003333" """);
        }

        private async Task EventAsync(string call, string type, DateTime at, string members = "", string kind = "calls")
        {
            var extra = members.Length == 0 ? "" : $", {members}";
            var response = await Manager().PostAsync($"/api/intake/{kind}/{call}/events", Json($$"""{"type": "{{type}}", "occurred_at": "{{at:O}}"{{extra}}}"""));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{call} {type}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
