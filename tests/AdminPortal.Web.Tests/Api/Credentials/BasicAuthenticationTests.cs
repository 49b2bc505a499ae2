using System.Net;
using System.Net.Http.Headers;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Credentials;

/// <summary>HTTP Basic with API credentials wherever a bearer token is accepted (seed 003 and 004 forms).</summary>
public sealed class BasicAuthenticationTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Subdomain_and_secret_of_an_organisation_credential_read_the_organisations_rows()
    {
        var credential = await host.CreateAsync("CRM");

        var response = await host.WithOrganisationCredential(credential).GetAsync("/api/agents?page[size]=100&fields[Agent]=email");

        var emails = (await response.ShouldBeOkAsync())["data"]!.AsArray().Select(a => a!["attributes"]!["email"]!.GetValue<string>()).ToList();
        emails.ShouldContain(ApiHost.VaderEmail);
        emails.ShouldNotContain(ApiHost.LeiaEmail);
    }

    [Fact]
    public async Task Basic_is_accepted_on_the_plain_json_endpoints_too()
    {
        var credential = await host.CreateAsync("Bulk reader");

        var response = await host.WithOrganisationCredential(credential).GetAsync("/api/v1/agent_statuses");

        (await response.ShouldBeOkAsync()).AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_wrong_secret_answers_401_offering_basic_and_bearer()
    {
        var credential = await host.CreateAsync("Mistyped");

        var response = await host.WithBasic(AdminPortal.Domain.Demo.DemoCast.Subdomain, credential.Secret + "x").GetAsync("/api/teams");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldContain("API credential is not valid");
        var challenges = response.Headers.WwwAuthenticate.Select(h => h.Scheme).ToList();
        challenges.ShouldContain("Basic");
        challenges.ShouldContain("Bearer");
        response.Headers.WwwAuthenticate.Single(h => h.Scheme == "Basic").Parameter.ShouldBe("realm=\"AdminPortal\", charset=\"UTF-8\"");
    }

    [Fact]
    public async Task An_unknown_subdomain_answers_401()
    {
        var credential = await host.CreateAsync("Wrong address");

        var response = await host.WithBasic("no-such-company", credential.Secret).GetAsync("/api/teams");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_secret_of_one_organisation_does_not_open_another()
    {
        var credential = await host.CreateAsync("Empire CRM");

        var response = await host.WithBasic("rebels", credential.Secret).GetAsync("/api/teams");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("bm8tY29sb24=")]
    public async Task Malformed_basic_credentials_answer_401(string parameter)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", parameter);

        var response = await client.GetAsync("/api/teams");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_credentials_the_401_offers_both_schemes()
    {
        var response = await host.CreateClient().GetAsync("/api/teams");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.Scheme).ShouldBe(["Bearer", "Basic"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_organisation_credential_changes_statuses_as_an_admin_with_no_changed_by_user()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Available");
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);
        var credential = await host.CreateAsync("Workforce management");

        var response = await host.WithOrganisationCredential(credential).PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{trooper.Id}}", "source": "api", "status": "Break"}, "relationships": {} } }""",
            JsonApiMediaType));

        var attributes = (await response.ShouldBeOkAsync(HttpStatusCode.Created))["data"]!["attributes"]!;
        attributes["changed_by_user_id"].ShouldBeNull();
        attributes["source"]!.GetValue<string>().ShouldBe("api");
        (await host.StatusOfAsync(ApiHost.Trooper5Email)).ShouldBe("Break");
    }

    [Fact]
    public async Task An_agent_credential_acts_as_its_agent()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Available");
        var trooper = await host.AgentAsync(ApiHost.Trooper1Email);
        var craig = await host.AgentAsync(ApiHost.CraigEmail);
        var credential = await host.CreateAsync("Trooper softphone", ApiCredentialKind.Agent, ApiHost.Trooper1Email);
        var client = host.WithKeyAndSecret(credential);

        var own = await client.PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{trooper.Id}}", "source": "api", "status": "Break"}, "relationships": {} } }""",
            JsonApiMediaType));
        var other = await client.PostAsync("/api/operator_statuses", Json(
            $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{craig.Id}}", "source": "api", "status": "Break"}, "relationships": {} } }""",
            JsonApiMediaType));
        var agents = await (await client.GetAsync("/api/agents")).ShouldBeOkAsync();

        (await own.ShouldBeOkAsync(HttpStatusCode.Created))["data"]!["attributes"]!["changed_by_user_id"]!.GetValue<string>().ShouldBe(trooper.Id.ToString());
        await other.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        agents["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldBe([trooper.Id.ToString()]);
    }

    [Fact]
    public async Task An_agent_credential_sets_its_own_availability_as_in_seed_003()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");
        var credential = await host.CreateAsync("Availability", ApiCredentialKind.Agent, ApiHost.Trooper1Email);

        var response = await host.WithKeyAndSecret(credential).PutAsync("/api/v1/agents/me/availability", Json("""{"status": "available"}"""));

        (await response.ShouldBeOkAsync())["status"]!.GetValue<string>().ShouldBe("success");
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe("Available");
    }

    [Fact]
    public async Task An_organisation_credential_has_no_own_availability()
    {
        var credential = await host.CreateAsync("Not an agent");

        var response = await host.WithOrganisationCredential(credential).PutAsync("/api/v1/agents/me/availability", Json("""{"status": "available"}"""));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_agent_credential_follows_the_agents_current_role()
    {
        var credential = await host.CreateAsync("Promoted", ApiCredentialKind.Agent, ApiHost.BarryEmail);
        var client = host.WithKeyAndSecret(credential);
        (await client.GetAsync("/api/api_credentials")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await SetRoleAsync(ApiHost.BarryEmail, AgentRole.Admin);
        try
        {
            (await client.GetAsync("/api/api_credentials")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await SetRoleAsync(ApiHost.BarryEmail, AgentRole.Agent);
        }
    }

    private Task<int> SetRoleAsync(string email, AgentRole role) =>
        host.QueryAsync(db => db.Agents.IgnoreQueryFilters().Where(a => a.Email == email).ExecuteUpdateAsync(a => a.SetProperty(x => x.Role, role)));
}
