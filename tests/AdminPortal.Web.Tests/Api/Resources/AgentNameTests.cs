using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Resources;

/// <summary>An agent with a middle name reads the same everywhere in the API: first, middle, last.</summary>
public sealed class AgentNameTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Full_name_with_the_middle_name_on_every_endpoint()
    {
        await host.QueryAsync(async db =>
        {
            (await db.Agents.IgnoreQueryFilters().SingleAsync(a => a.Email == ApiHost.VaderEmail)).MiddleName = "Sith";
            return await db.SaveChangesAsync();
        });
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        var deathStar = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Name == "Death Star").Select(m => m.Id).SingleAsync());

        var agent = await (await client.GetAsync($"/api/agents/{vader.Id}")).ShouldBeOkAsync();
        var filtered = await (await client.GetAsync("/api/agents?filter=equals(name,'Darth Sith Vader')")).ShouldBeOkAsync();
        var change = await (await client.PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{vader.Id}}", "status": "Meal", "source": "admin"} } }""",
            JsonApiMediaType))).ShouldBeOkAsync(HttpStatusCode.Created);
        var bulk = await (await client.GetAsync($"/api/v1/agent_statuses?agent_ids[]={vader.Id}")).ShouldBeOkAsync();
        var queue = await (await client.GetAsync($"/api/call_queues/{deathStar}/agents")).ShouldBeOkAsync();

        agent["data"]!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Darth Sith Vader");
        filtered["data"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        change["data"]!["attributes"]!["agent_name"]!.GetValue<string>().ShouldBe("Darth Sith Vader");
        bulk.AsArray().Single()!["name"]!.GetValue<string>().ShouldBe("Darth Sith Vader");
        queue["items"]!.AsArray().Single()!["display_name"]!.GetValue<string>().ShouldBe("Darth Sith Vader");
    }
}
