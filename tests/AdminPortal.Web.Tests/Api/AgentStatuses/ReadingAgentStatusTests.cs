using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.AgentStatuses;

/// <summary>Seed 002 "Get agent statuses": ids in a JSON body of the GET, the documented members including ip_addrs.</summary>
public sealed class ReadingAgentStatusTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Can_read_statuses_with_ids_in_the_body_as_in_the_seed()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var nelson = await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Name == "Nelson Support").Select(t => t.Id).SingleAsync());
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agent_statuses")
        {
            Content = Json($$"""{"agent_ids": ["{{vader.Id}}"], "team_ids": ["{{nelson}}"]}"""),
        };

        var response = await client.SendAsync(request);

        var results = (await response.ShouldBeOkAsync()).AsArray();
        results.Select(r => r!["email"]!.GetValue<string>()).Order()
            .ShouldBe(new[] { ApiHost.CraigEmail, ApiHost.VaderEmail, ApiHost.RaymondEmail }.Order());
        var darth = results.Single(r => r!["email"]!.GetValue<string>() == ApiHost.VaderEmail)!.AsObject();
        darth.Select(m => m.Key).Order().ShouldBe(["agent_id", "agent_number", "email", "ip_addrs", "name", "status"]);
        darth["ip_addrs"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_ids_in_the_body_point_at_the_member()
    {
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agent_statuses") { Content = Json("""{"agent_ids": [11, 12]}""") };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldStartWith("/agent_ids");
    }
}
