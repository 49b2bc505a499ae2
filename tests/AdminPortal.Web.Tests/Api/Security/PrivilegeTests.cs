using System.Net;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Security;

/// <summary>Writes beyond a role are refused on every path: resources, relationships, atomic operations, status endpoints; tokens follow the agent's current role.</summary>
public sealed class PrivilegeTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string AtomicMediaType = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    private static StringContent Atomic(string operations) => Json($$$$"""{"atomic:operations": [{{{{operations}}}}]}""", AtomicMediaType);

    private Task<AgentRole> RoleOfAsync(string email) =>
        host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == email).Select(a => a.Role).SingleAsync());

    [Theory]
    [InlineData(ApiHost.TarkinEmail, ApiHost.TarkinEmail)]
    [InlineData(ApiHost.TarkinEmail, ApiHost.Trooper1Email)]
    [InlineData(ApiHost.Trooper1Email, ApiHost.Trooper1Email)]
    public async Task Cannot_promote_to_admin_without_being_admin(string callerEmail, string targetEmail)
    {
        var target = await host.AgentAsync(targetEmail);
        var client = await host.ClientForAsync(callerEmail);

        var response = await client.PatchAsync($"/api/agents/{target.Id}",
            Json($$$$"""{"data": {"type": "Agent", "id": "{{{{target.Id}}}}", "attributes": {"roles": "admin"}}}""", JsonApiMediaType));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await RoleOfAsync(targetEmail)).ShouldBe(target.Role);
    }

    [Theory]
    [InlineData(ApiHost.TarkinEmail)]
    [InlineData(ApiHost.Trooper1Email)]
    public async Task Cannot_bypass_roles_through_atomic_operations(string callerEmail)
    {
        var caller = await host.AgentAsync(callerEmail);
        var client = await host.ClientForAsync(callerEmail);

        var promote = await client.PostAsync("/api/operations", Atomic($$$$"""
            {"op": "update", "data": {"type": "Agent", "id": "{{{{caller.Id}}}}", "attributes": {"roles": "admin"}}}
            """));
        var createTeam = await client.PostAsync("/api/operations", Atomic("""
            {"op": "add", "data": {"type": "Team", "attributes": {"name": "Atomic Intruders"}}}
            """));

        await promote.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        await createTeam.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await RoleOfAsync(callerEmail)).ShouldBe(caller.Role);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().AnyAsync(t => t.Name == "Atomic Intruders"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Agent_cannot_set_another_agents_status_through_atomic_operations()
    {
        await host.PutInStatusAsync("trooper2@empire.com", "Available");
        var trooper2 = await host.AgentAsync("trooper2@empire.com");
        var client = await host.ClientForAsync(ApiHost.Trooper1Email);

        var response = await client.PostAsync("/api/operations", Atomic($$$$"""
            {"op": "add", "data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper2.Id}}}}", "status": "Break"}}}
            """));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await host.StatusOfAsync("trooper2@empire.com")).ShouldBe("Available");
    }

    [Fact]
    public async Task Admin_can_change_a_status_through_atomic_operations()
    {
        await host.PutInStatusAsync("trooper3@empire.com", "Available");
        var trooper3 = await host.AgentAsync("trooper3@empire.com");
        var client = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await client.PostAsync("/api/operations", Atomic($$$$"""
            {"op": "add", "data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper3.Id}}}}", "status": "Meal", "source": "admin"}}}
            """));

        var document = await response.ShouldBeOkAsync();
        document["atomic:results"]![0]!["data"]!["attributes"]!["status"]!.GetValue<string>().ShouldBe("Meal");
        (await host.StatusOfAsync("trooper3@empire.com")).ShouldBe("Meal");
    }

    [Theory]
    [InlineData("operator_statuses")]
    [InlineData("bulk")]
    public async Task Agent_cannot_set_another_agents_status(string endpoint)
    {
        await host.PutInStatusAsync("trooper6@empire.com", "Available");
        var trooper6 = await host.AgentAsync("trooper6@empire.com");
        var client = await host.ClientForAsync(ApiHost.Trooper5Email);

        var response = endpoint == "bulk"
            ? await client.PostAsync("/api/v1/agent_statuses", Json($$$$"""{"status": "Break", "agent_ids": ["{{{{trooper6.Id}}}}"], "team_ids": []}"""))
            : await client.PostAsync("/api/operator_statuses", Json($$$$"""
                {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper6.Id}}}}", "status": "Break", "source": "widget"}}}
                """, JsonApiMediaType));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await response.JsonAsync())["errors"]!.AsArray().ShouldNotBeEmpty();
        (await host.StatusOfAsync("trooper6@empire.com")).ShouldBe("Available");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("bulk")]
    [InlineData("system")]
    public async Task Agent_cannot_claim_a_source_it_is_not(string source)
    {
        await host.PutInStatusAsync("trooper3@empire.com", "Available");
        var trooper3 = await host.AgentAsync("trooper3@empire.com");
        var client = await host.ClientForAsync("trooper3@empire.com");

        var response = await client.PostAsync("/api/operator_statuses", Json($$$$"""
            {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper3.Id}}}}", "status": "Break", "source": "{{{{source}}}}"}}}
            """, JsonApiMediaType));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await host.StatusOfAsync("trooper3@empire.com")).ShouldBe("Available");
    }

    [Fact]
    public async Task Supervisor_cannot_change_agents_outside_its_teams()
    {
        await host.PutInStatusAsync("trooper7@empire.com", "Available");
        var trooper7 = await host.AgentAsync("trooper7@empire.com");
        var client = await host.ClientForAsync(ApiHost.TarkinEmail);

        var single = await client.PostAsync("/api/operator_statuses", Json($$$$"""
            {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper7.Id}}}}", "status": "Break", "source": "admin"}}}
            """, JsonApiMediaType));
        var bulk = await client.PostAsync("/api/v1/agent_statuses", Json($$$$"""{"status": "Break", "agent_ids": ["{{{{trooper7.Id}}}}"]}"""));

        await single.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await bulk.ShouldBeOkAsync()).AsArray().Single()!["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        (await host.StatusOfAsync("trooper7@empire.com")).ShouldBe("Available");
    }

    [Fact]
    public async Task Token_follows_the_agents_current_role()
    {
        var token = await host.TokenForAsync(ApiHost.TarkinEmail);
        await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == ApiHost.TarkinEmail)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Role, AgentRole.Agent)));
        try
        {
            await host.PutInStatusAsync("trooper2@empire.com", "Available");
            var trooper2 = await host.AgentAsync("trooper2@empire.com");
            var client = host.WithToken(token);

            var change = await client.PostAsync("/api/operator_statuses", Json($$$$"""
                {"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{{{trooper2.Id}}}}", "status": "Break", "source": "admin"}}}
                """, JsonApiMediaType));
            var read = await client.GetAsync($"/api/agents/{trooper2.Id}");

            await change.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
            await read.ShouldBeErrorAsync(HttpStatusCode.NotFound);
            (await host.StatusOfAsync("trooper2@empire.com")).ShouldBe("Available");
        }
        finally
        {
            await host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == ApiHost.TarkinEmail)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Role, AgentRole.Supervisor)));
        }
    }

    [Fact]
    public async Task Token_of_an_agent_that_no_longer_exists_is_refused()
    {
        var ghost = new Agent
        {
            OrganisationId = host.DemoOrganisationId,
            Email = "ghost@empire.com",
            FirstName = "Ghost",
            LastName = "Admin",
            Role = AgentRole.Admin,
        };
        var client = host.WithToken(TestTokens.For(ghost));

        var response = await client.GetAsync("/api/agents");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_naming_another_organisation_than_its_agent_is_refused()
    {
        var vader = await host.AgentAsync(ApiHost.VaderEmail);
        vader.OrganisationId = host.RebelOrganisationId;
        var client = host.WithToken(TestTokens.For(vader));

        var response = await client.GetAsync("/api/agents");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }
}
