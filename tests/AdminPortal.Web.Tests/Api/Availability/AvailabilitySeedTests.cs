using System.Net;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Dialects;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Availability;

/// <summary>
/// Seed 003 as an integration sends it: <c>PUT /api/v1/agents/me/availability</c> with Basic
/// <c>base64(api_key:api_secret)</c> of an agent credential, the seed's body verbatim, compared with the seed's response.
/// </summary>
public sealed class AvailabilitySeedTests(DialectHost host) : IClassFixture<DialectHost>
{
    private const string Url = "/api/v1/agents/me/availability";

    private const string SeedResponse = """
        {
        "status": "success",
        "data": {
        "id": 1,
        "created_at": "2025-08-28T10:00:00Z",
        "updated_at": "2025-08-28T10:00:00Z",
        "first_name": "John",
        "last_name": "Doe",
        "email": "[email protected]",
        "type": "agent",
        "availability_status": "online",
        "phone_number_country_code": "US",
        "phone_number": "1234567890",
        "avatar_url": "/avatars/agent1.jpg",
        "enabled": true,
        "last_active_at": "2025-08-28T10:00:00Z",
        "last_login_at": "2025-08-28T10:00:00Z",
        "roles": [
        "admin"
        ],
        "permissions": [
        "conversations:read"
        ],
        "custom_attributes": {},
        "teams": [
        {
        "id": 1,
        "name": "Support Team",
        "emoji": "🛠️"
        }
        ],
        "api_key": "<string>",
        "api_key_last_used_at": "2023-11-07T05:31:56Z"
        }
        }
        """;

    [Fact]
    public async Task Seed_example_with_an_agent_credential_answers_the_agent_with_its_api_key()
    {
        await host.PutInStatusAsync(ApiHost.CraigEmail, "Offline");
        var credential = await host.CredentialAsync(ApiHost.AdminEmail, "Craig's softphone", ApiCredentialKind.Agent, ApiHost.CraigEmail);

        var response = await host.Basic(credential.Credential.Key, credential.Secret).PutAsync(Url, Json("""
            {
            "status": "available"
            }
            """));

        var body = await response.ShouldBeOkAsync();
        SeedShape.ShouldMatch(body, SeedResponse);
        var data = body["data"]!;
        data["id"]!.GetValue<long>().ShouldBe(12);
        data["email"]!.GetValue<string>().ShouldBe(ApiHost.CraigEmail);
        data["availability_status"]!.GetValue<string>().ShouldBe("online");
        data["api_key"]!.GetValue<string>().ShouldBe(credential.Credential.Key);
        DateTime.Parse(data["api_key_last_used_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)
            .ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-2));
        data["teams"]!.AsArray().Select(t => (t!["id"]!.GetValue<long>(), t["name"]!.GetValue<string>())).ShouldBe([(1L, "Nelson Support")]);
        (await host.StatusOfAsync(ApiHost.CraigEmail)).ShouldBe("Available");
        var activity = await host.QueryAsync(db => db.AgentActivityLogs.IgnoreQueryFilters()
            .Where(l => l.Agent!.Email == ApiHost.CraigEmail).OrderByDescending(l => l.StartedAt).Select(l => l.Activity).FirstAsync());
        activity.ShouldBe("login", "coming back from Offline is a login");
    }

    [Fact]
    public async Task A_bearer_token_answers_the_agents_most_recently_used_credential()
    {
        var credential = await host.CredentialAsync(ApiHost.AdminEmail, "Trooper softphone", ApiCredentialKind.Agent, ApiHost.Trooper5Email);
        await host.Basic(credential.Credential.Key, credential.Secret).PutAsync(Url, Json("""{"status": "busy"}"""));
        var client = await host.ClientForAsync(ApiHost.Trooper5Email);

        var data = (await (await client.PutAsync(Url, Json("""{"status": "available"}"""))).ShouldBeOkAsync())["data"]!;

        data["api_key"]!.GetValue<string>().ShouldBe(credential.Credential.Key);
        data["api_key_last_used_at"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Wrong_revoked_and_organisation_credentials_are_refused()
    {
        var credential = await host.CredentialAsync(ApiHost.AdminEmail, "Vader's softphone", ApiCredentialKind.Agent, ApiHost.VaderEmail);
        var revoked = await host.CredentialAsync(ApiHost.AdminEmail, "Old softphone", ApiCredentialKind.Agent, ApiHost.VaderEmail);
        await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().Where(c => c.Id == revoked.Credential.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.RevokedAt, DateTime.UtcNow)));
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");

        var wrong = await host.Basic(credential.Credential.Key, "not-the-secret").PutAsync(Url, Json("""{"status": "available"}"""));
        var gone = await host.Basic(revoked.Credential.Key, revoked.Secret).PutAsync(Url, Json("""{"status": "available"}"""));
        var organisation = await host.Manager().PutAsync(Url, Json("""{"status": "available"}"""));

        await wrong.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        wrong.Headers.WwwAuthenticate.Select(h => h.Scheme).ShouldContain("Basic");
        await gone.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        (await organisation.ShouldBeErrorAsync(HttpStatusCode.Forbidden))["detail"]!.GetValue<string>().ShouldBe("The caller is not an agent.");
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }
}
