using System.Net;
using AdminPortal.Web.Tests.Api.Dialects;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.CallQueues;

/// <summary>
/// Seed 001's four example requests as the seed writes them (a bearer token, its bodies), on the demo's Death Star queue
/// (numeric id 1693) and its agents' extensions instead of the seed's placeholders, compared with the seed's responses.
/// </summary>
public sealed class CallQueueSeedTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task List_call_queue_agents_answers_the_seeds_items()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync("/api/call_queues/1693/agents");

        var body = await response.ShouldBeOkAsync();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        SeedShape.ShouldMatch(body, """
            {
              "items": [
                {
                  "extension_number": "text",
                  "display_name": "text",
                  "skill_level": 1
                }
              ]
            }
            """);
        body["items"]!.AsArray().Count.ShouldBe(5);
    }

    [Fact]
    public async Task Update_call_queue_agent_list_answers_no_content()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/call_queues/1693/agents", Json("""
            {
              "items": [
                {
                  "extension_number": "112",
                  "skill_level": 1
                }
              ]
            }
            """));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        var items = (await (await client.GetAsync("/api/call_queues/1693/agents")).ShouldBeOkAsync())["items"]!.AsArray();
        items.Select(i => i!["extension_number"]!.GetValue<string>()).ShouldBe(["112", "123", "201", "202", "203"], "Craig T replaces Darth Vader; the team's members stay");
    }

    [Fact]
    public async Task Retrieve_call_queue_agent_answers_the_seeds_agent()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync("/api/call_queues/1693/agents/201");

        SeedShape.ShouldMatch(await response.ShouldBeOkAsync(), """
            {
              "extension_number": "text",
              "display_name": "text",
              "skill_level": 1,
              "status": "READY"
            }
            """);
    }

    [Fact]
    public async Task Set_call_queue_agent_status_answers_no_content()
    {
        await host.PutInStatusAsync(ApiHost.Trooper2Email, "Break");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/call_queues/1693/agents/202", Json("""
            {
              "status": "READY"
            }
            """));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        (await host.StatusOfAsync(ApiHost.Trooper2Email)).ShouldBe("Available");
    }
}
