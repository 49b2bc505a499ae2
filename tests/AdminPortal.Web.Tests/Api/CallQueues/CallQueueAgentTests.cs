using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.CallQueues;

/// <summary>Seed 001: a call queue is a menu; its agents are addressed by extension number.</summary>
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
        var vader = items.Single()!;
        vader["extension_number"]!.GetValue<string>().ShouldBe("111");
        vader["display_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        vader["skill_level"]!.GetValue<int>().ShouldBe(10);
    }

    [Theory]
    [InlineData("Break", "BREAK")]
    [InlineData("Available", "READY")]
    [InlineData("Meal", "LUNCH")]
    [InlineData("Wrap-up", "WRAP_UP")]
    [InlineData("Unavailable", "NOT_READY")]
    [InlineData("In-call", "NOT_READY")]
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

        (await response.ShouldBeOkAsync())["status"]!.GetValue<string>().ShouldBe(state);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe(expectedStatus);
    }

    [Fact]
    public async Task Agent_logs_itself_in_through_its_queue()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Offline");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.VaderEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111/status", Json("""{"status": "LOGGED_IN"}"""));

        (await response.ShouldBeOkAsync())["status"]!.GetValue<string>().ShouldBe("READY");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    [Fact]
    public async Task Cannot_log_someone_else_in()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Offline");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "LOGGED_IN"}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent's status can't be changed if they are offline or logged out");
    }

    [Fact]
    public async Task Cannot_set_wrap_up_by_hand()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Available");
        var premium = await MenuIdAsync("Premium Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync($"/api/call_queues/{premium}/agents/111", Json("""{"status": "WRAP_UP"}"""));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed to system status 'Wrap-up'");
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

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
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
