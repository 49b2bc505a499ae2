using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.CallQueues;

/// <summary>Seed 001 with an agent token: only the queues it answers, and in them only itself.</summary>
public sealed class AgentQueueVisibilityTests(ApiHost host) : IClassFixture<ApiHost>
{
    private Task<Guid> MenuIdAsync(string name) =>
        host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task Agent_lists_only_itself_in_a_queue_it_answers()
    {
        var premium = await MenuIdAsync("Premium Support");
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        (await admin.PostAsync($"/api/call_queues/{premium}/agents",
            Json("""{"items": [{"extension_number": "111", "skill_level": 9}, {"extension_number": "123", "skill_level": 4}]}"""))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var vader = await host.ClientForAsync(ApiHost.VaderEmail);

        var asAgent = await (await vader.GetAsync($"/api/call_queues/{premium}/agents")).ShouldBeOkAsync();
        var asAdmin = await (await admin.GetAsync($"/api/call_queues/{premium}/agents")).ShouldBeOkAsync();
        var other = await vader.GetAsync($"/api/call_queues/{premium}/agents/123");

        asAgent["items"]!.AsArray().Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["111"]);
        asAdmin["items"]!.AsArray().Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["111", "123"]);
        await other.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/111")]
    [InlineData("POST", "/111")]
    public async Task Agent_cannot_reach_a_queue_it_does_not_answer(string method, string path)
    {
        var premium = await MenuIdAsync("Premium Support");
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var trooper = await host.ClientForAsync(ApiHost.Trooper1Email);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/call_queues/{premium}/agents{path}");
        if (method == "POST")
        {
            request.Content = Json("""{"status": "READY"}""");
        }

        var response = await trooper.SendAsync(request);

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Break");
    }

    [Fact]
    public async Task Agent_reads_its_own_place_in_a_queue_of_its_team()
    {
        var deathStar = await MenuIdAsync("Death Star");
        var trooper = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await trooper.GetAsync($"/api/call_queues/{deathStar}/agents");

        (await response.ShouldBeOkAsync())["items"]!.AsArray().Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["201"]);
    }
}
