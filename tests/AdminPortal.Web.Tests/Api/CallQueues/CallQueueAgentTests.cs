using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.CallQueues;

/// <summary>Seed 001: a call queue is a menu (UUID or numeric id); its agents, direct or through its teams, are addressed by extension number.</summary>
public sealed class CallQueueAgentTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> MenuIdAsync(string name) =>
        host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task Can_list_the_agents_of_a_queue()
    {
        var deathStar = await MenuIdAsync("Death Star");
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await client.GetAsync($"/api/call_queues/{deathStar}/agents");

        var items = (await response.ShouldBeOkAsync())["items"]!.AsArray();
        var vader = items[0]!;
        vader["extension_number"]!.GetValue<string>().ShouldBe("111");
        vader["display_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        vader["skill_level"]!.GetValue<int>().ShouldBe(10);
        items.Skip(1).Select(i => (i!["extension_number"]!.GetValue<string>(), i["display_name"]!.GetValue<string>(), i["skill_level"]!.GetValue<int>()))
            .ShouldBe([("123", "Moff Tarkin", 1), ("201", "Storm Trooper 1", 1), ("202", "Storm Trooper 2", 1), ("203", "Storm Trooper 3", 1)],
                "the members of Storm Troopers, the team assigned to the Death Star");
    }

    [Theory]
    [InlineData("Break", "BREAK")]
    [InlineData("Available", "READY")]
    [InlineData("Meal", "LUNCH")]
    [InlineData("Wrap-up", "WRAP_UP")]
    [InlineData("Unavailable", "NOT_READY")]
    [InlineData("In-call", "LOGGED_IN")]
    [InlineData("In-chat", "LOGGED_IN")]
    [InlineData("Special Task", "NOT_READY")]
    [InlineData("Missed Call", "NOT_READY")]
    [InlineData("Lunch", "LUNCH")]
    [InlineData("Coaching", "NOT_READY")]
    [InlineData("Offline", "LOGGED_OUT")]
    public async Task Can_read_one_agent_with_its_queue_status(string status, string expected)
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, status);
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/call_queues/{premium}/agents/111");

        var agent = await response.ShouldBeOkAsync();
        agent["extension_number"]!.GetValue<string>().ShouldBe("111");
        agent["display_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        agent["skill_level"]!.GetValue<int>().ShouldBe(9);
        agent["status"]!.GetValue<string>().ShouldBe(expected);
    }

    [Theory]
    [InlineData("READY", "Available")]
    [InlineData("NOT_READY", "Unavailable")]
    [InlineData("BREAK", "Break")]
    [InlineData("LUNCH", "Meal")]
    [InlineData("LOGGED_OUT", "Offline")]
    public async Task Can_set_an_agents_queue_status(string state, string expectedStatus)
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, state == "READY" ? "Break" : "Available");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json($$"""{"status": "{{state}}"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe(expectedStatus);
        var read = await (await client.GetAsync($"/api/call_queues/{premium}/agents/111")).ShouldBeOkAsync();
        read["status"]!.GetValue<string>().ShouldBe(state);
    }

    [Fact]
    public async Task Agent_logs_itself_in_through_its_queue()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Offline");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.VaderEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111/status", Json("""{"status": "LOGGED_IN"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    [Fact]
    public async Task Admin_logs_an_agent_in_as_the_pbx_does()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Offline");
        var premium = await MenuIdAsync("Premium Support");
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var since = DateTime.UtcNow.AddSeconds(-1);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "LOGGED_IN"}"""));
        var again = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "LOGGED_IN"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
        var logins = await host.QueryAsync(db => db.AgentActivityLogs.IgnoreQueryFilters()
            .Where(l => l.Agent!.Email == ApiHost.VaderEmail && l.Activity == "login" && l.WhodunnitId == admin.Id && l.StartedAt >= since).CountAsync());
        logins.ShouldBe(1, "signed in once; LOGGED_IN of a signed-in agent records nothing");
        var row = await host.QueryAsync(db => db.OperatorStatuses.IgnoreQueryFilters()
            .Where(o => o.SipUser!.Email == ApiHost.VaderEmail).OrderByDescending(o => o.CreatedAt).FirstAsync());
        (row.Source, row.ChangedByUserId).ShouldBe((AdminPortal.Domain.Entities.StatusSource.System, admin.Id));
    }

    [Fact]
    public async Task A_supervisor_cannot_log_someone_else_in()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Offline");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "LOGGED_IN"}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent's status can't be changed if they are offline or logged out");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Offline");
    }

    [Fact]
    public async Task Wrap_up_comes_from_the_pbx_and_ends_with_its_ready()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "In-call");
        var premium = await MenuIdAsync("Premium Support");
        var pbx = await host.ClientForAsync(ApiHost.AdminEmail);
        var supervisor = await host.ClientForAsync(ApiHost.TarkinEmail);
        var vader = await host.ClientForAsync(ApiHost.VaderEmail);

        var byHand = await supervisor.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "WRAP_UP"}"""));
        var wrapUp = await pbx.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "WRAP_UP"}"""));
        var read = await (await pbx.GetAsync($"/api/call_queues/{premium}/agents/111")).ShouldBeOkAsync();
        var agentReady = await vader.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "READY"}"""));
        var pbxReady = await pbx.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "READY"}"""));

        (await byHand.ShouldBeErrorAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed to system status 'Wrap-up'");
        wrapUp.StatusCode.ShouldBe(HttpStatusCode.NoContent, await wrapUp.Content.ReadAsStringAsync());
        read["status"]!.GetValue<string>().ShouldBe("WRAP_UP");
        (await agentReady.ShouldBeErrorAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed from system status 'Wrap-up'");
        pbxReady.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    [Fact]
    public async Task The_queue_is_named_by_its_numeric_id_too()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");

        var list = await (await client.GetAsync("/api/call_queues/1693/agents")).ShouldBeOkAsync();
        var one = await (await client.GetAsync("/api/call_queues/1693/agents/201")).ShouldBeOkAsync();
        var set = await client.PostAsync("/api/call_queues/1693/agents/201", Json("""{"status": "READY"}"""));

        list["items"]!.AsArray().Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["111", "123", "201", "202", "203"]);
        (one["display_name"]!.GetValue<string>(), one["status"]!.GetValue<string>()).ShouldBe(("Storm Trooper 1", "BREAK"));
        set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe("Available");
    }

    [Theory]
    [InlineData("""{"status": "DANCING"}""")]
    [InlineData("""{"status": null}""")]
    [InlineData("""{}""")]
    public async Task Unknown_queue_status_lists_the_allowed_values(string body)
    {
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json(body));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldContain("READY, NOT_READY, WRAP_UP, BREAK, LUNCH, LOGGED_IN, LOGGED_OUT");
    }

    [Fact]
    public async Task Can_replace_the_agents_of_a_queue()
    {
        var cabinetry = await MenuIdAsync("Cabinetry");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var first = await client.PostAsync($"/api/call_queues/{cabinetry}/agents",
            Json("""{"items": [{"extension_number": "111", "skill_level": 4}, {"extension_number": "112", "skill_level": 2}]}"""));
        var second = await client.PostAsync($"/api/call_queues/{cabinetry}/agents",
            Json("""{"items": [{"extension_number": "112", "skill_level": 7}, {"extension_number": "113"}]}"""));
        var listed = await client.GetAsync($"/api/call_queues/{cabinetry}/agents");

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.NoContent, await second.Content.ReadAsStringAsync());
        var items = (await listed.ShouldBeOkAsync())["items"]!.AsArray()
            .Select(i => (i!["extension_number"]!.GetValue<string>(), i["skill_level"]!.GetValue<int>())).ToList();
        items.ShouldBe([("112", 7), ("113", 1)]);
    }

    [Fact]
    public async Task Replacing_with_an_unknown_extension_changes_nothing()
    {
        var droids = await MenuIdAsync("Droid Repair");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{droids}/agents",
            Json("""{"items": [{"extension_number": "111", "skill_level": 4}, {"extension_number": "55555", "skill_level": 2}]}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["detail"]!.GetValue<string>().ShouldContain("55555");
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/items/1/extension_number");
        var listed = await (await client.GetAsync($"/api/call_queues/{droids}/agents")).ShouldBeOkAsync();
        listed["items"]!.AsArray().Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["113"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task Skill_level_is_1_to_10_as_in_the_portal(int skillLevel)
    {
        var droids = await MenuIdAsync("Droid Repair");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{droids}/agents",
            Json($$"""{"items": [{"extension_number": "111", "skill_level": {{skillLevel}}}]}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["detail"]!.GetValue<string>().ShouldBe("skill_level must be between 1 and 10.");
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/items/0/skill_level");
    }

    [Theory]
    [InlineData(ApiHost.TarkinEmail)]
    [InlineData(ApiHost.Trooper1Email)]
    public async Task Only_admins_replace_queue_agents(string email)
    {
        var droids = await MenuIdAsync("Droid Repair");
        var client = await host.ClientForAsync(email);

        var response = await client.PostAsync($"/api/call_queues/{droids}/agents", Json("""{"items": []}"""));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("12", HttpStatusCode.BadRequest)]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    [InlineData("112", HttpStatusCode.NotFound)]
    public async Task Agent_number_must_be_digits_of_an_agent_in_the_queue(string agentNumber, HttpStatusCode expected)
    {
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/call_queues/{premium}/agents/{agentNumber}");

        await response.ShouldBeErrorAsync(expected);
    }

    [Theory]
    [InlineData("not-a-queue")]
    [InlineData("0196a4c0-0000-7000-8000-000000000000")]
    [InlineData("4242")]
    public async Task Unknown_queue_is_not_found(string id)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/call_queues/{id}/agents");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_organisations_queue_is_not_found()
    {
        var rebelHotline = await MenuIdAsync(RebelData.MenuName);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var list = await client.GetAsync($"/api/call_queues/{rebelHotline}/agents");
        var one = await client.GetAsync($"/api/call_queues/{rebelHotline}/agents/901");
        var replace = await client.PostAsync($"/api/call_queues/{rebelHotline}/agents", Json("""{"items": []}"""));
        var status = await client.PostAsync($"/api/call_queues/{rebelHotline}/agents/901", Json("""{"status": "BREAK"}"""));

        await list.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await one.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await replace.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await status.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.StatusOfAsync(RebelData.LukeEmail)).ShouldBe("Available");
    }
}
