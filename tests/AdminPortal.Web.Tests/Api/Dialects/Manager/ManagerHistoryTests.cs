using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects.Manager;

/// <summary>Seed 004 user statuses and agent activity logs with every documented filter.</summary>
public sealed class ManagerHistoryTests(ManagerHistoryTests.Host host) : IClassFixture<ManagerHistoryTests.Host>
{
    private static readonly DateTime Day = new(2021, 5, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task User_statuses_example_answers_the_built_in_statuses_with_the_seeds_ids_then_the_custom_ones()
    {
        var statuses = await (await host.Manager().GetAsync("/manager/api/v1/user_statuses")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(statuses, ManagerSeedExamples.UserStatuses);
        var builtIn = JsonNode.Parse(ManagerSeedExamples.UserStatuses)!.AsArray().Take(10).Select(s => s!.ToJsonString()).ToList();
        statuses.Take(10).Select(s => s!.ToJsonString()).ShouldBe(builtIn);
        statuses.Skip(10).Select(s => (s!["id"]!.GetValue<long>(), s["name"]!.GetValue<string>())).ShouldBe([(1L, "Coaching"), (2L, "Training"), (3L, "Lunch")]);
    }

    [Fact]
    public async Task User_statuses_filter_and_sort()
    {
        var some = await (await host.Manager().GetAsync("/manager/api/v1/user_statuses?id[]=0&id[]=-10&id[]=3")).ShouldBeArrayAsync();
        var byWfm = await (await host.Manager().GetAsync("/manager/api/v1/user_statuses?sort_column=wfm_id&sort_direction=desc&per=2")).ShouldBeArrayAsync();
        var red = await (await host.Manager().GetAsync("/manager/api/v1/user_statuses?color[]=red")).ShouldBeArrayAsync();

        some.Ids().ShouldBe([0, -10, 3]);
        byWfm.Select(s => s!["wfm_id"]!.GetValue<int>()).ShouldBe([47, 46]);
        red.Ids().ShouldBe([-1]);
    }

    [Fact]
    public async Task Activity_logs_example_request_answers_the_first_page_oldest_first()
    {
        var response = await host.Manager().GetAsync("/manager/api/v1/agent_activity_logs");

        var logs = await response.ShouldBeArrayAsync();
        SeedShape.ShouldMatch(logs, ManagerSeedExamples.AgentActivityLogs);
        logs.Count.ShouldBe(100);
        logs.Ids().ShouldBe(logs.Ids().Order().ToList());
        int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Activity_logs_example_answers_the_seeds_activity_objects()
    {
        var logs = await (await host.Manager().GetAsync("/manager/api/v1/agent_activity_logs?agent_id[]=13&started_at[to]=2021-05-11")).ShouldBeArrayAsync();

        SeedShape.ShouldMatch(logs, ManagerSeedExamples.AgentActivityLogs);
        var login = logs.Single(l => l!["id"]!.GetValue<long>() == host.LoginId)!;
        login["agent_id"]!.GetValue<long>().ShouldBe(13);
        login["activity"]!.GetValue<string>().ShouldBe("login");
        login["started_at"]!.GetValue<string>().ShouldBe("2021-05-10T08:00:00.000Z");
        login["ended_at"]!.GetValue<string>().ShouldBe("2021-05-10T08:30:00.000Z");
        login["duration"]!.GetValue<long>().ShouldBe(1800);
        login["status"]!["name"]!.GetValue<string>().ShouldBe("Available");
        login["status"]!["id"]!.GetValue<long>().ShouldBe(0);
        login["whodunnit"]!["id"]!.GetValue<long>().ShouldBe(1);
        login["whodunnit"]!["name"]!.GetValue<string>().ShouldBe("Demo Admin");
        var open = logs.Single(l => l!["id"]!.GetValue<long>() == host.OpenId)!;
        open["ended_at"].ShouldBeNull();
        open["duration"]!.GetValue<long>().ShouldBe(0);
        open["whodunnit"].ShouldBeNull();
        open["call_id"]!.GetValue<long>().ShouldBe(host.CallId);
        logs.Ids().ShouldBe(logs.Ids().Order().ToList());
    }

    [Fact]
    public async Task Activity_logs_filter_by_every_documented_field()
    {
        async Task<IReadOnlyList<long>> IdsAsync(string query) =>
            (await (await host.Manager().GetAsync($"/manager/api/v1/agent_activity_logs?agent_id[]=13&{query}")).ShouldBeArrayAsync()).Ids();
        async Task<IReadOnlyList<long>> DayAsync(string query) => [.. (await IdsAsync($"started_at[to]=2021-05-11&{query}")).Order()];
        IReadOnlyList<long> Sorted(params long[] ids) => [.. ids.Order()];
        var (login, call, chat, open) = (host.LoginId, host.CallLogId, host.ChatLogId, host.OpenId);

        (await IdsAsync("started_at[from]=2021-05-10T08:00:00Z&started_at[to]=2021-05-10T09:00:00Z")).Order().ShouldBe(Sorted(login, call, chat));
        (await DayAsync("started_at[from]=2021-05-10")).ShouldBe(Sorted(login, call, chat, open));
        (await DayAsync("ended_at[to]=2021-05-10T08:30:00Z&started_at[from]=2021-05-10")).ShouldBe([login]);
        (await DayAsync("ended_at[from]=2021-05-10T08:31:00Z")).ShouldBe(Sorted(call, chat));
        (await DayAsync("duration[from]=1000&duration[to]=2000&started_at[from]=2021-05-10")).ShouldBe([login]);
        (await DayAsync("duration[to]=0&started_at[from]=2021-05-10")).ShouldBe([open]);
        (await DayAsync($"id[]={call}&id[]={open}")).ShouldBe(Sorted(call, open));
        (await DayAsync("activity[]=login&activity[]=chat_picked_up&started_at[from]=2021-05-10")).ShouldBe(Sorted(login, chat));
        (await DayAsync("whodunnit_id[]=1&started_at[from]=2021-05-10")).ShouldBe([login]);
        (await DayAsync($"call_id[]={host.CallId}")).ShouldBe(Sorted(call, open));
        (await DayAsync($"chat_id[]={host.ChatId}")).ShouldBe([chat]);
        (await IdsAsync("started_at[from]=2021-05-10&started_at[to]=2021-05-11&sort_column=started_at&sort_direction=DESC&per=2")).ShouldBe([open, chat]);
        (await IdsAsync("started_at[from]=2021-05-10&started_at[to]=2021-05-11&sort_column=duration&per=1&page=4")).ShouldBe([login]);
    }

    [Theory]
    [InlineData("activity[]=napping", "activity[] must be one of login, logout, ")]
    [InlineData("duration[from]=long", "duration[from] must be a number; 'long' is not.")]
    [InlineData("started_at[from]=2021-13-45", "started_at[from] must be a UTC time such as 2021-05-10T17:45:01Z; '2021-13-45' is not.")]
    [InlineData("call_id[]=first", "call_id[] must be a whole number; 'first' is not.")]
    [InlineData("sort_column=colour", "sort_column must be one of id, agent_id, status_id, started_at, ended_at, duration, activity, whodunnit_id, call_id, chat_id; 'colour' is not.")]
    public async Task Malformed_activity_filters_answer_400(string query, string message)
    {
        var response = await host.Manager().GetAsync($"/manager/api/v1/agent_activity_logs?{query}");

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldStartWith(message);
    }

    /// <summary>Raymond D's day on 2021-05-10: a login by the admin, a call, a chat, and an open interval of a second call leg.</summary>
    public sealed class Host : DialectHost
    {
        public long LoginId { get; private set; }
        public long CallLogId { get; private set; }
        public long ChatLogId { get; private set; }
        public long OpenId { get; private set; }
        public long CallId { get; private set; }
        public long ChatId { get; private set; }

        protected override async Task ArrangeAsync(AdminPortal.Domain.Data.AdminPortalDbContext db)
        {
            var organisation = DemoOrganisationId;
            var agents = await db.Agents.IgnoreQueryFilters().Where(a => a.OrganisationId == organisation).ToListAsync();
            var raymond = agents.Single(a => a.NumericId == 13);
            var admin = agents.Single(a => a.NumericId == 1);
            var statuses = await db.UserStatuses.IgnoreQueryFilters().Where(s => s.OrganisationId == organisation).ToListAsync();
            var call = new Call { OrganisationId = organisation, AgentId = raymond.Id, CreatedAt = Day.AddHours(8.5) };
            var chat = new Chat { OrganisationId = organisation, AgentId = raymond.Id, CreatedAt = Day.AddHours(8.75) };
            AgentActivityLog Log(string activity, double fromHours, double? toHours, string status, Guid? whodunnit = null, Guid? callId = null, Guid? chatId = null) => new()
            {
                OrganisationId = organisation,
                AgentId = raymond.Id,
                Activity = activity,
                StartedAt = Day.AddHours(fromHours),
                EndedAt = toHours is { } to ? Day.AddHours(to) : null,
                Duration = toHours is { } end ? (end - fromHours) * 3600 : null,
                StatusId = statuses.Single(s => s.Name == status).Id,
                WhodunnitId = whodunnit,
                CallId = callId,
                ChatId = chatId,
            };
            var logs = new[]
            {
                Log("login", 8, 8.5, "Available", admin.Id),
                Log(Activities.CallPickedUp, 8.5, 8.75, "In-call", callId: call.Id),
                Log(Activities.ChatPickedUp, 8.75, 8.76, "In-chat", chatId: chat.Id),
                Log("deltacast_call_picked_up", 9.5, null, "In-call", callId: call.Id),
            };
            db.AddRange(call, chat);
            db.AgentActivityLogs.AddRange(logs);
            await db.SaveChangesAsync();
            (LoginId, CallLogId, ChatLogId, OpenId) = (logs[0].NumericId, logs[1].NumericId, logs[2].NumericId, logs[3].NumericId);
            (CallId, ChatId) = (call.NumericId, chat.NumericId);
        }
    }
}
