using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.OperatorStatuses;

/// <summary>Seed 000: <c>POST /api/operator_statuses</c> exactly as documented, with a real agent id.</summary>
public sealed class CreateOperatorStatusTests(ApiHost host) : IClassFixture<ApiHost>
{
    private static string SeedRequest(Guid agentId, string source = "widget", string status = "available") => $$"""
        {
        "data": {
        "attributes": {
        "sip_user_id": "{{agentId}}",
        "source": "{{source}}",
        "status": "{{status}}"
        },
        "relationships": {},
        "type": "OperatorStatus"
        }
        }
        """;

    private async Task<HttpResponseMessage> PostAsync(string callerEmail, string body, string query = "")
    {
        var client = await host.ClientForAsync(callerEmail);
        return await client.PostAsync($"/api/operator_statuses{query}", Json(body, JsonApiMediaType));
    }

    [Fact]
    public async Task Can_create_with_the_seed_request()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id));

        var document = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(JsonApiMediaType);
        var data = document["data"]!;
        data["type"]!.GetValue<string>().ShouldBe("OperatorStatus");
        Guid.TryParse(data["id"]!.GetValue<string>(), out _).ShouldBeTrue();
        var attributes = data["attributes"]!;
        attributes["agent_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        attributes["sip_user_id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        attributes["status"]!.GetValue<string>().ShouldBe("available", StringCompareShould.IgnoreCase);
        attributes["changed_by_user_id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        attributes["source"]!.GetValue<string>().ShouldBe("widget");
        var relationships = data["relationships"]!;
        relationships["changed_by_user"]!["data"]!["type"]!.GetValue<string>().ShouldBe("Agent");
        relationships["changed_by_user"]!["data"]!["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        relationships["organisation"]!["data"]!["type"]!.GetValue<string>().ShouldBe("Organisation");
        relationships["organisation"]!["data"]!["id"]!.GetValue<string>().ShouldBe(host.DemoOrganisationId.ToString());
        relationships["sip_user"]!["data"]!["type"]!.GetValue<string>().ShouldBe("Agent");
        relationships["sip_user"]!["data"]!["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Available");
    }

    [Fact]
    public async Task Can_include_sip_user_changed_by_user_and_organisation()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id), "?include=sip_user,changed_by_user,organisation");

        var document = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        var included = document["included"]!.AsArray();
        included.Count.ShouldBe(2);
        var agent = included.Single(r => r!["type"]!.GetValue<string>() == "Agent")!;
        agent["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
        agent["attributes"]!["email"]!.GetValue<string>().ShouldBe(ApiHost.VaderEmail);
        agent["attributes"]!["name"]!.GetValue<string>().ShouldBe("Darth Vader");
        var organisation = included.Single(r => r!["type"]!.GetValue<string>() == "Organisation")!;
        organisation["id"]!.GetValue<string>().ShouldBe(host.DemoOrganisationId.ToString());
        organisation["attributes"]!["subdomain"]!.GetValue<string>().ShouldBe("deathstar");
    }

    [Fact]
    public async Task Can_narrow_fields_of_the_created_status()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id), "?fields[OperatorStatus]=agent_name,status");

        var document = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        var attributes = document["data"]!["attributes"]!.AsObject();
        attributes.Select(a => a.Key).Order().ShouldBe(["agent_name", "status"]);
        document["data"]!["relationships"].ShouldBeNull();
    }

    [Fact]
    public async Task Can_narrow_fields_to_the_seed_list_with_includes()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id),
            "?include=sip_user&fields[OperatorStatus]=id,sip_user_id,agent_name,status,source,changed_by_user_id,sip_user&fields[Agent]=email");

        var document = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        var data = document["data"]!;
        data["attributes"]!.AsObject().Select(a => a.Key).Order().ShouldBe(["agent_name", "changed_by_user_id", "sip_user_id", "source", "status"]);
        data["relationships"]!.AsObject().Select(r => r.Key).ShouldBe(["sip_user"]);
        var agent = document["included"]!.AsArray().Single()!;
        agent["attributes"]!.AsObject().Select(a => a.Key).ShouldBe(["email"]);
    }

    [Fact]
    public async Task Can_read_the_created_status_back()
    {
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Break");
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var created = await (await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id))).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created["data"]!["id"]!.GetValue<string>();
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.GetAsync($"/api/operator_statuses/{id}?include=sip_user");

        var document = await response.ShouldBeOkAsync();
        document["data"]!["attributes"]!["agent_name"]!.GetValue<string>().ShouldBe("Darth Vader");
        document["included"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(vader.Id.ToString());
    }

    [Fact]
    public async Task Cannot_move_an_agent_in_a_system_status()
    {
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");
        var craig = await host.AgentAsync(ApiHost.CraigEmail);

        var response = await PostAsync(ApiHost.AdminEmail, SeedRequest(craig.Id, source: "admin"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed from system status 'In-call'");
        (await host.StatusOfAsync(ApiHost.CraigEmail)).ShouldBe("In-call");
    }

    [Fact]
    public async Task Cannot_set_a_system_status()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Available");
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);

        var response = await PostAsync(ApiHost.AdminEmail, SeedRequest(trooper.Id, source: "admin", status: "In-call"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed to system status 'In-call'");
    }

    [Fact]
    public async Task Cannot_set_an_unknown_status()
    {
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);

        var response = await PostAsync(ApiHost.AdminEmail, SeedRequest(trooper.Id, source: "admin", status: "Napping"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("status 'Napping' does not exist");
    }

    [Fact]
    public async Task Cannot_move_someone_else_who_is_offline()
    {
        await host.PutInStatusAsync(ApiHost.RaymondEmail, "Offline");
        var raymond = await host.AgentAsync(ApiHost.RaymondEmail);

        var response = await PostAsync(ApiHost.AdminEmail, SeedRequest(raymond.Id, source: "admin"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent's status can't be changed if they are offline or logged out");
    }

    [Fact]
    public async Task Agent_coming_back_on_its_own_token_is_a_login()
    {
        await host.PutInStatusAsync(ApiHost.BarryEmail, "Offline");
        var barry = await host.AgentAsync(ApiHost.BarryEmail);

        var response = await PostAsync(ApiHost.BarryEmail, SeedRequest(barry.Id, source: "api"));

        await response.ShouldBeOkAsync(HttpStatusCode.Created);
        (await host.StatusOfAsync(ApiHost.BarryEmail)).ShouldBe("Available");
        var lastActivity = await host.QueryAsync(db => Task.FromResult(db.AgentActivityLogs.IgnoreQueryFilters()
            .Where(l => l.AgentId == barry.Id).OrderByDescending(l => l.StartedAt).Select(l => l.Activity).First()));
        lastActivity.ShouldBe("login");
    }

    [Fact]
    public async Task Cannot_record_a_system_change_unless_admin()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);

        var response = await PostAsync(ApiHost.VaderEmail, SeedRequest(vader.Id, source: "system"));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(ApiHost.Trooper1Email, ApiHost.Trooper1Email, HttpStatusCode.Created)]
    [InlineData(ApiHost.Trooper1Email, ApiHost.Trooper5Email, HttpStatusCode.Forbidden)]
    [InlineData(ApiHost.TarkinEmail, ApiHost.Trooper1Email, HttpStatusCode.Created)]
    [InlineData(ApiHost.TarkinEmail, ApiHost.Trooper5Email, HttpStatusCode.Forbidden)]
    [InlineData(ApiHost.AdminEmail, ApiHost.Trooper5Email, HttpStatusCode.Created)]
    public async Task Role_decides_whose_status_may_change(string callerEmail, string agentEmail, HttpStatusCode expected)
    {
        await host.PutInStatusAsync(agentEmail, "Break");
        var agent = await host.AgentAsync(agentEmail);

        var response = await PostAsync(callerEmail, SeedRequest(agent.Id, source: "api"));

        if (expected == HttpStatusCode.Created)
        {
            await response.ShouldBeOkAsync(HttpStatusCode.Created);
            (await host.StatusOfAsync(agentEmail)).ShouldBe("Available");
        }
        else
        {
            await response.ShouldBeErrorAsync(expected);
            (await host.StatusOfAsync(agentEmail)).ShouldBe("Break");
        }
    }

    [Fact]
    public async Task Another_organisations_agent_is_not_found()
    {
        var luke = await host.AgentAsync(RebelLuke);

        var response = await PostAsync(ApiHost.AdminEmail, SeedRequest(luke.Id, source: "admin"));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.StatusOfAsync(RebelLuke)).ShouldBe("Available");
    }

    [Fact]
    public async Task Missing_status_is_a_validation_error_on_its_member()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "OperatorStatus",
                ["attributes"] = new JsonObject { ["sip_user_id"] = vader.Id.ToString() },
            },
        };

        var response = await PostAsync(ApiHost.AdminEmail, body.ToJsonString());

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/status");
    }

    private const string RebelLuke = "luke@rebels.example.com";
}
