using System.Net;
using AdminPortal.Domain.Credentials;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Credentials;

/// <summary><c>/api/api_credentials</c>: admins read, create and revoke; the secret is in the create response only.</summary>
public sealed class ApiCredentialResourceTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Admin_creates_an_organisation_credential_and_reads_the_secret_once()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var created = await admin.PostAsync("/api/api_credentials", Json(
            """{"data": {"type": "ApiCredential", "attributes": {"name": "CRM", "kind": "organisation"}}}""", JsonApiMediaType));

        var document = await created.ShouldBeOkAsync(HttpStatusCode.Created);
        var id = document["data"]!["id"]!.GetValue<string>();
        var attributes = document["data"]!["attributes"]!;
        var secret = attributes["secret"]!.GetValue<string>();
        secret.ShouldStartWith(ApiSecrets.SecretPrefix);
        attributes["key"]!.GetValue<string>().ShouldStartWith(ApiSecrets.KeyPrefix);
        attributes["kind"]!.GetValue<string>().ShouldBe("organisation");
        attributes["last_used_at"].ShouldBeNull();
        attributes["revoked_at"].ShouldBeNull();

        var single = await (await admin.GetAsync($"/api/api_credentials/{id}")).ShouldBeOkAsync();
        var list = await (await admin.GetAsync("/api/api_credentials")).ShouldBeOkAsync();
        single["data"]!["attributes"]!["secret"].ShouldBeNull();
        list["data"]!.AsArray().ShouldAllBe(c => c!["attributes"]!["secret"] == null);
        list.ToJsonString().ShouldNotContain(secret);
        var stored = await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().SingleAsync(c => c.Id == Guid.Parse(id)));
        stored.SecretHash.ShouldNotContain(secret);
    }

    [Fact]
    public async Task Admin_creates_an_agent_credential_for_an_agent()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var craig = await host.AgentAsync(ApiHost.CraigEmail);

        var created = await admin.PostAsync("/api/api_credentials?include=agent", Json(
            $$"""{"data": {"type": "ApiCredential", "attributes": {"name": "Softphone", "kind": "agent"}, "relationships": {"agent": {"data": {"type": "Agent", "id": "{{craig.Id}}"} } } } }""",
            JsonApiMediaType));

        var document = await created.ShouldBeOkAsync(HttpStatusCode.Created);
        document["data"]!["relationships"]!["agent"]!["data"]!["id"]!.GetValue<string>().ShouldBe(craig.Id.ToString());
        document["included"]![0]!["attributes"]!["name"]!.GetValue<string>().ShouldBe("Craig T");
    }

    [Fact]
    public async Task An_agent_credential_needs_its_agent()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PostAsync("/api/api_credentials", Json(
            """{"data": {"type": "ApiCredential", "attributes": {"name": "Softphone", "kind": "agent"}}}""", JsonApiMediaType));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/agent");
    }

    [Fact]
    public async Task Revoking_keeps_the_credential_listed_and_refuses_it_at_once()
    {
        var credential = await host.CreateAsync("To revoke");
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var integration = host.WithOrganisationCredential(credential);
        (await integration.GetAsync("/api/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await admin.DeleteAsync($"/api/api_credentials/{credential.Credential.Id}");
        var after = await integration.GetAsync("/api/teams");

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await after.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        var read = await (await admin.GetAsync($"/api/api_credentials/{credential.Credential.Id}")).ShouldBeOkAsync();
        read["data"]!["attributes"]!["revoked_at"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Last_used_at_shows_the_first_use()
    {
        var credential = await host.CreateAsync("Watched");
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var before = DateTime.UtcNow.AddSeconds(-1);

        (await host.WithKeyAndSecret(credential).GetAsync("/api/menus")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await (await admin.GetAsync($"/api/api_credentials/{credential.Credential.Id}")).ShouldBeOkAsync();
        read["data"]!["attributes"]!["last_used_at"]!.GetValue<DateTime>().ToUniversalTime().ShouldBeGreaterThan(before);
    }

    [Theory]
    [InlineData(ApiHost.TarkinEmail)]
    [InlineData(ApiHost.VaderEmail)]
    public async Task Supervisors_and_agents_may_neither_read_nor_create_credentials(string email)
    {
        await host.CreateAsync("Secret list");
        var client = await host.ClientForAsync(email);

        var list = await client.GetAsync("/api/api_credentials");
        var create = await client.PostAsync("/api/api_credentials", Json(
            """{"data": {"type": "ApiCredential", "attributes": {"name": "Mine", "kind": "organisation"}}}""", JsonApiMediaType));

        await list.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        await create.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_organisations_admin_sees_none_of_these_credentials()
    {
        var credential = await host.CreateAsync("Empire only");
        var leia = await host.ClientForAsync(ApiHost.LeiaEmail);

        var list = await (await leia.GetAsync("/api/api_credentials")).ShouldBeOkAsync();
        var single = await leia.GetAsync($"/api/api_credentials/{credential.Credential.Id}");
        var revoke = await leia.DeleteAsync($"/api/api_credentials/{credential.Credential.Id}");

        list["data"]!.AsArray().ShouldBeEmpty();
        await single.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        await revoke.ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_credential_is_not_edited_in_place()
    {
        var credential = await host.CreateAsync("Fixed");
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PatchAsync($"/api/api_credentials/{credential.Credential.Id}", Json(
            $$"""{"data": {"type": "ApiCredential", "id": "{{credential.Credential.Id}}", "attributes": {"name": "Renamed"} } }""", JsonApiMediaType));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
        (await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().Where(c => c.Id == credential.Credential.Id).Select(c => c.Name).SingleAsync())).ShouldBe("Fixed");
    }

    [Fact]
    public async Task An_atomic_request_creates_at_most_one_credential_so_its_secret_is_shown()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        const string add = """{"op": "add", "data": {"type": "ApiCredential", "attributes": {"name": "Batch", "kind": "organisation"} } }""";

        var response = await admin.PostAsync("/api/operations", Json(
            $$"""{"atomic:operations": [{{add}}, {{add}}]}""", "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\""));

        (await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>()
            .ShouldBe("Create one API credential per request, so that its secret can be shown.");
        (await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().CountAsync(c => c.Name == "Batch"))).ShouldBe(0);
    }
}
