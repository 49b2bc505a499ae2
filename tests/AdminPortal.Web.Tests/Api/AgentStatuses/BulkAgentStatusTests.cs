using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.AgentStatuses;

/// <summary>Seed 002: <c>POST /api/v1/agent_statuses</c> and <c>GET /api/v1/agent_statuses</c> on plain JSON.</summary>
public sealed class BulkAgentStatusTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task<Guid> TeamIdAsync(string name) =>
        await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private async Task ArrangeSeedStatusesAsync()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");
        await host.PutInStatusAsync(ApiHost.BarryEmail, "Offline");
    }

    [Fact]
    public async Task Can_change_agents_by_id_and_by_team_with_one_result_per_agent()
    {
        await ArrangeSeedStatusesAsync();
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var craig = await host.AgentAsync(ApiHost.CraigEmail);
        var nelson = await TeamIdAsync("Nelson Support");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/v1/agent_statuses",
            Json($$"""{"status": "Available", "agent_ids": ["{{vader.Id}}", "{{craig.Id}}"], "team_ids": ["{{nelson}}"]}"""));

        var results = (await response.ShouldBeOkAsync()).AsArray();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        results.Count.ShouldBe(3);
        var byEmail = results.ToDictionary(r => r!["email"]!.GetValue<string>(), r => r!.AsObject());

        var darth = byEmail[ApiHost.VaderEmail];
        darth["agent_id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        darth["name"]!.GetValue<string>().ShouldBe("Darth Vader");
        darth["agent_number"]!.GetValue<string>().ShouldBe("Agent No.111");
        darth["previous_status"]!.GetValue<string>().ShouldBe("Break");
        darth["current_status"]!.GetValue<string>().ShouldBe("Available");
        darth.ContainsKey("message").ShouldBeFalse();

        var craigResult = byEmail[ApiHost.CraigEmail];
        craigResult["previous_status"]!.GetValue<string>().ShouldBe("In-call");
        craigResult["current_status"]!.GetValue<string>().ShouldBe("In-call");
        craigResult["message"]!.GetValue<string>().ShouldBe("Agent can't be changed from system status 'In-call'");

        var raymond = byEmail[ApiHost.RaymondEmail];
        raymond["name"]!.GetValue<string>().ShouldBe("Raymond D");
        raymond["previous_status"]!.GetValue<string>().ShouldBe("Offline");
        raymond["current_status"]!.GetValue<string>().ShouldBe("Offline");
        raymond["message"]!.GetValue<string>().ShouldBe("Agent's status can't be changed if they are offline or logged out");

        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
        (await host.StatusOfAsync(ApiHost.CraigEmail)).ShouldBe("In-call");
        (await host.StatusOfAsync(ApiHost.RaymondEmail)).ShouldBe("Offline");
    }

    [Fact]
    public async Task Cannot_set_a_status_that_does_not_exist()
    {
        await ArrangeSeedStatusesAsync();
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/v1/agent_statuses",
            Json($$"""{"status": "Napping", "agent_ids": ["{{vader.Id}}"], "team_ids": []}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["message"]!.GetValue<string>().ShouldBe("status 'Napping' does not exist");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Break");
    }

    [Fact]
    public async Task Cannot_set_a_system_status()
    {
        await ArrangeSeedStatusesAsync();
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var craig = await host.AgentAsync(ApiHost.CraigEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/v1/agent_statuses",
            Json($$"""{"status": "In-call", "agent_ids": ["{{vader.Id}}", "{{craig.Id}}"]}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["message"]!.GetValue<string>().ShouldBe("Agent can't be changed to system status 'In-call'");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Break");
    }

    [Fact]
    public async Task Status_names_match_case_insensitively()
    {
        await ArrangeSeedStatusesAsync();
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "special task", "agent_ids": ["{{vader.Id}}"]}"""));

        var result = (await response.ShouldBeOkAsync()).AsArray().Single()!;
        result["current_status"]!.GetValue<string>().ShouldBe("Special Task");
    }

    [Fact]
    public async Task Agent_cannot_change_others_in_bulk()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Break");
        var trooper5 = await host.AgentAsync(ApiHost.Trooper5Email);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Available", "agent_ids": ["{{trooper5.Id}}"]}"""));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, body);
        (await response.JsonAsync())["message"]!.GetValue<string>().ShouldBe("An agent may change only its own status.");
        body.ShouldNotContain(ApiHost.Trooper5Email);
        (await host.StatusOfAsync(ApiHost.Trooper5Email)).ShouldBe("Break");
    }

    [Fact]
    public async Task Agent_cannot_read_its_teammates_through_a_bulk_change()
    {
        var troopers = await TeamIdAsync("Storm Troopers");
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Available", "agent_ids": [], "team_ids": ["{{troopers}}"]}"""));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, body);
        body.ShouldNotContain("trooper2@empire.com");
        body.ShouldNotContain(ApiHost.TarkinEmail);
    }

    [Fact]
    public async Task Agent_can_change_itself_in_bulk()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");
        var trooper1 = await host.AgentAsync(ApiHost.Trooper1Email);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Available", "agent_ids": ["{{trooper1.Id}}"], "team_ids": []}"""));

        var result = (await response.ShouldBeOkAsync()).AsArray().Single()!;
        result["previous_status"]!.GetValue<string>().ShouldBe("Break");
        result["current_status"]!.GetValue<string>().ShouldBe("Available");
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe("Available");
    }

    [Fact]
    public async Task Can_read_statuses_by_agent_and_team()
    {
        await ArrangeSeedStatusesAsync();
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var nelson = await TeamIdAsync("Nelson Support");
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await client.GetAsync($"/api/v1/agent_statuses?agent_ids[]={vader.Id}&team_ids[]={nelson}");

        var results = (await response.ShouldBeOkAsync()).AsArray();
        results.Select(r => r!["email"]!.GetValue<string>()).Order()
            .ShouldBe(new[] { ApiHost.CraigEmail, ApiHost.VaderEmail, ApiHost.RaymondEmail }.Order());
        var darth = results.Single(r => r!["email"]!.GetValue<string>() == ApiHost.VaderEmail)!;
        darth["agent_id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        darth["name"]!.GetValue<string>().ShouldBe("Darth Vader");
        darth["agent_number"]!.GetValue<string>().ShouldBe("Agent No.111");
        darth["status"]!.GetValue<string>().ShouldBe("Break");
    }

    [Fact]
    public async Task Agent_reads_only_its_own_status()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.GetAsync($"/api/v1/agent_statuses?agent_ids[]={vader.Id}");

        (await response.ShouldBeOkAsync()).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_organisations_agents_are_never_listed()
    {
        var luke = await host.AgentAsync(RebelData.LukeEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var read = await client.GetAsync($"/api/v1/agent_statuses?agent_ids[]={luke.Id}");
        var write = await client.PostAsync("/api/v1/agent_statuses", Json($$"""{"status": "Break", "agent_ids": ["{{luke.Id}}"]}"""));

        (await read.ShouldBeErrorAsync(HttpStatusCode.NotFound))["detail"]!.GetValue<string>().ShouldBe($"Agent '{luke.Id}' does not exist.");
        if (write.StatusCode == HttpStatusCode.OK)
        {
            var results = (await write.JsonAsync()).AsArray();
            results.ShouldAllBe(r => r!["message"] != null || r!["agent_id"]!.GetValue<string>() != luke.Id.ToString());
        }
        else
        {
            write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await host.StatusOfAsync(RebelData.LukeEmail)).ShouldBe("Available");
    }

    [Theory]
    [InlineData("""{"agent_ids": []}""")]
    [InlineData("""{"status": "Available", "agent_ids": [11, 12]}""")]
    [InlineData("""{"status": "Available", "agent_ids": ["not-a-uuid"]}""")]
    [InlineData("""{"status": "Available", "team_ids": "everyone"}""")]
    [InlineData("""{"status": 5}""")]
    public async Task Malformed_bulk_requests_are_bad_requests(string body)
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/v1/agent_statuses", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var json = await response.JsonAsync();
        (json["message"] ?? json["errors"]).ShouldNotBeNull();
    }
}
