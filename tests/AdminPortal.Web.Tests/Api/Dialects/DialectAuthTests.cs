using System.Net;
using System.Net.Http.Headers;
using AdminPortal.Domain.Entities;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>
/// Signing in to the seed dialects (002 and 004): Basic <c>subdomain:secret</c> (or <c>key:secret</c>) of an
/// organisation credential or a bearer token; anything else is refused with 401 in the dialects' error body, offering
/// both schemes.
/// </summary>
public sealed class DialectAuthTests(DialectHost host) : IClassFixture<DialectHost>
{
    public static TheoryData<string> Routes => new() { "/manager/api/v1/agents", "/apps/api/v1/user_statuses", "/apps/api/v1/agent_statuses" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Good_credentials_sign_in(string route)
    {
        var bySubdomain = await host.Manager().GetAsync(route);
        var byKey = await host.Basic(host.DemoCredential.Credential.Key, host.DemoCredential.Secret).GetAsync(route);
        var byToken = await (await host.ClientForAsync(ApiHost.AdminEmail)).GetAsync(route);

        bySubdomain.StatusCode.ShouldBe(HttpStatusCode.OK, await bySubdomain.Content.ReadAsStringAsync());
        byKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        byToken.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Missing_wrong_and_unknown_credentials_answer_401_offering_basic_and_bearer(string route)
    {
        var responses = new[]
        {
            await host.CreateClient().GetAsync(route),
            await host.Basic("deathstar", "not-the-secret").GetAsync(route),
            await host.Basic("alderaan", host.DemoCredential.Secret).GetAsync(route),
            await host.Basic("rebels", host.DemoCredential.Secret).GetAsync(route),
            await host.WithToken("not.a.token").GetAsync(route),
            await host.WithToken(TestTokens.For(await host.AgentAsync(ApiHost.AdminEmail), signingKey: new string('x', 64))).GetAsync(route),
        };

        foreach (var response in responses)
        {
            (await response.ShouldBeMessageAsync(HttpStatusCode.Unauthorized)).ShouldNotBeNullOrWhiteSpace();
            response.Headers.WwwAuthenticate.Select(h => h.Scheme).ShouldBe(["Bearer", "Basic"], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task A_revoked_credential_is_refused_at_once()
    {
        var credential = await host.CredentialAsync(ApiHost.AdminEmail, "Short-lived", ApiCredentialKind.Organisation);
        var client = host.Basic("deathstar", credential.Secret);
        (await client.GetAsync("/manager/api/v1/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        (await admin.DeleteAsync($"/api/api_credentials/{credential.Credential.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await client.GetAsync("/manager/api/v1/teams");
        var write = await client.PostAsync("/apps/api/v1/agent_statuses", Json("""{"status": "Available", "agent_ids": [11], "team_ids": []}"""));

        (await after.ShouldBeMessageAsync(HttpStatusCode.Unauthorized)).ShouldBe("The API credential is not valid (unknown key or subdomain, wrong secret, or revoked).");
        await write.ShouldBeMessageAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Using_a_credential_records_when_it_was_last_used()
    {
        var credential = await host.CredentialAsync(ApiHost.AdminEmail, "Reporting", ApiCredentialKind.Organisation);

        (await host.Basic("deathstar", credential.Secret).GetAsync("/manager/api/v1/user_statuses")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var lastUsed = await host.QueryAsync(db => db.ApiCredentials.IgnoreQueryFilters().Where(c => c.Id == credential.Credential.Id).Select(c => c.LastUsedAt).SingleAsync());
        lastUsed.ShouldNotBeNull();
        lastUsed.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-2));
    }

    [Fact]
    public async Task A_refused_request_without_credentials_never_reaches_an_endpoint()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "%%%");
        await host.PutInStatusAsync(ApiHost.VaderEmail, "Lunch");

        var response = await client.PostAsync("/apps/api/v1/agent_statuses", Json("""{"status": "Available", "agent_ids": [11], "team_ids": []}"""));

        await response.ShouldBeMessageAsync(HttpStatusCode.Unauthorized);
        (await host.StatusOfAsync(ApiHost.VaderEmail)).ShouldBe("Lunch");
    }
}
