using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.OperatorStatuses;

/// <summary><c>If-Match</c> on a status change names the agent as the client read it (<c>GET /api/agents/{id}</c>): a stale read answers 412.</summary>
public sealed class ConditionalStatusChangeTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string AgentEmail = "trooper2@empire.com";

    private static StringContent Change(Guid agentId, string status) => Json($$"""
        {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agentId}}", "status": "{{status}}", "source": "admin"} } }
        """, JsonApiMediaType);

    private static HttpRequestMessage ChangeIfMatch(Guid agentId, string status, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/operator_statuses") { Content = Change(agentId, status) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private Task<int> HistoryCountAsync(Guid agentId) => host.QueryAsync(db => db.OperatorStatuses.IgnoreQueryFilters().CountAsync(o => o.SipUserId == agentId));

    [Fact]
    public async Task Can_change_when_if_match_names_the_agent_as_read()
    {
        await host.PutInStatusAsync(AgentEmail, "Available");
        var agent = await host.AgentAsync(AgentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var read = await client.GetAsync($"/api/agents/{agent.Id}");
        var etag = read.Headers.ETag!.Tag;

        var response = await client.SendAsync(ChangeIfMatch(agent.Id, "Break", etag));

        await response.ShouldBeOkAsync(HttpStatusCode.Created);
        (await host.StatusOfAsync(AgentEmail)).ShouldBe("Break");
    }

    [Fact]
    public async Task Cannot_change_on_a_stale_read()
    {
        await host.PutInStatusAsync(AgentEmail, "Available");
        var agent = await host.AgentAsync(AgentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var staleTag = (await client.GetAsync($"/api/agents/{agent.Id}")).Headers.ETag!.Tag;
        (await client.PostAsync("/api/operator_statuses", Change(agent.Id, "Meal"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var rowsBefore = await HistoryCountAsync(agent.Id);

        var response = await client.SendAsync(ChangeIfMatch(agent.Id, "Break", staleTag));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.PreconditionFailed);
        error["source"]!["header"]!.GetValue<string>().ShouldBe("If-Match");
        (await host.StatusOfAsync(AgentEmail)).ShouldBe("Meal");
        (await HistoryCountAsync(agent.Id)).ShouldBe(rowsBefore);
    }

    [Theory]
    [InlineData("*", HttpStatusCode.Created)]
    [InlineData("\"not-a-tag\"", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_star_always_matches_and_unknown_tags_never(string ifMatch, HttpStatusCode expected)
    {
        await host.PutInStatusAsync(AgentEmail, "Available");
        var agent = await host.AgentAsync(AgentEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.SendAsync(ChangeIfMatch(agent.Id, "Break", ifMatch));

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        (await host.StatusOfAsync(AgentEmail)).ShouldBe(expected == HttpStatusCode.Created ? "Break" : "Available");
    }
}
