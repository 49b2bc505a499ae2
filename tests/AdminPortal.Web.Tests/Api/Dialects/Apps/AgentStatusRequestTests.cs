using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects.Apps;

/// <summary>Seed 002's rules beyond its examples: required lists, id forms, unknown ids, who may call, other organisations.</summary>
public sealed class AgentStatusRequestTests(DialectHost host) : IClassFixture<DialectHost>
{
    private const string Url = "/apps/api/v1/agent_statuses";

    [Theory]
    [InlineData("""{"status": "Available", "team_ids": []}""", "agent_ids is required (an array of ids, empty for none)")]
    [InlineData("""{"status": "Available", "agent_ids": [11]}""", "team_ids is required (an array of ids, empty for none)")]
    [InlineData("""{"agent_ids": [11], "team_ids": []}""", "status is required")]
    [InlineData("""{"status": "Available", "agent_ids": [11.5], "team_ids": []}""", "agent_ids must hold ids (integers, or UUID strings); 11.5 is not one.")]
    [InlineData("""{"status": "Available", "agent_ids": [true], "team_ids": []}""", "agent_ids must hold ids (integers, or UUID strings); true is not one.")]
    [InlineData("""{"status": "Available", "agent_ids": 11, "team_ids": []}""", "The request body is not valid JSON at '$.agent_ids'.")]
    public async Task Malformed_changes_answer_400_and_change_nothing(string body, string message)
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");

        var response = await host.Manager().PostAsync(Url, Json(body));

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe(message);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task Invalid_utf8_inside_an_id_answers_400_and_changes_nothing()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");
        byte[] body = [.. "{\"status\": \"Available\", \"agent_ids\": [11], \"team_ids\": [\"01a2"u8, 0xF0, 0x28, .. "\"]}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        var response = await host.Manager().PostAsync(Url, content);

        (await response.ShouldBeMessageAsync(HttpStatusCode.BadRequest)).ShouldBe("The request body is not valid UTF-8.");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task Uuids_and_numeric_strings_name_agents_too()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await host.Manager().PostAsync(Url, Json($$"""{"status": "Available", "agent_ids": ["{{vader.Id}}", "19"], "team_ids": []}"""));

        (await response.ShouldBeArrayAsync()).Ids("agent_id").ShouldBe([11, 19]);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe("Available");
    }

    [Fact]
    public async Task Unknown_ids_answer_404_and_change_nobody()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");

        var agent = await host.Manager().PostAsync(Url, Json("""{"status": "Available", "agent_ids": [11, 4242], "team_ids": []}"""));
        var team = await host.Manager().PostAsync(Url, Json("""{"status": "Available", "agent_ids": [11], "team_ids": [4343]}"""));

        (await agent.ShouldBeMessageAsync(HttpStatusCode.NotFound)).ShouldBe("Agent '4242' does not exist.");
        (await team.ShouldBeMessageAsync(HttpStatusCode.NotFound)).ShouldBe("Team '4343' does not exist.");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task Another_organisations_credential_never_changes_the_demos_agents()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var byNumber = await host.Rebels().PostAsync(Url, Json("""{"status": "Available", "agent_ids": [11], "team_ids": []}"""));
        var byUuid = await host.Rebels().PostAsync(Url, Json($$"""{"status": "Available", "agent_ids": ["{{vader.Id}}"], "team_ids": []}"""));
        var read = await host.Rebels().SendAsync(new HttpRequestMessage(HttpMethod.Get, Url) { Content = Json("""{"agent_ids": [11]}""") });

        await byNumber.ShouldBeMessageAsync(HttpStatusCode.NotFound);
        await byUuid.ShouldBeMessageAsync(HttpStatusCode.NotFound);
        await read.ShouldBeMessageAsync(HttpStatusCode.NotFound);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }

    [Fact]
    public async Task An_agent_changes_itself_by_its_numeric_id_but_no_one_else()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Break");
        var client = await host.ClientForAsync(ApiHost.Trooper5Email);

        var itself = await client.PostAsync(Url, Json("""{"status": "Available", "agent_ids": [34], "team_ids": []}"""));
        var others = await client.PostAsync(Url, Json("""{"status": "Available", "agent_ids": [11], "team_ids": []}"""));

        (await itself.ShouldBeArrayAsync()).Single()!["current_status"]!.GetValue<string>().ShouldBe("Available");
        (await others.ShouldBeMessageAsync(HttpStatusCode.Forbidden)).ShouldBe("An agent may change only its own status.");
    }

    [Fact]
    public async Task Reads_take_ids_from_the_query_string_too()
    {
        var response = await host.Manager().GetAsync($"{Url}?agent_ids[]=13&team_ids[]=10");

        var results = await response.ShouldBeArrayAsync();
        results.Ids("agent_id").ShouldBe([13, 1407, 19, 20, 21], "the named agent first, then the team's members by last name");
        results.ShouldAllBe(r => r!["ip_addrs"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task The_plain_api_endpoint_stays_with_uuids()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/v1/agent_statuses?agent_ids[]={vader.Id}");

        (await response.ShouldBeOkAsync()).AsArray().Single()!["agent_id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
    }
}
