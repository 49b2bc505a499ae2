using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using TestBuildingBlocks.Oidc;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>The API with access tokens of an Entra ID-shaped issuer: who the caller is, and every way a token is refused.</summary>
public sealed class EntraIdTokenTests(EntraIdIssuerHost host) : IClassFixture<EntraIdIssuerHost>
{
    private static readonly TimeSpan _keyRefreshWait = TimeSpan.FromSeconds(20);

    private static StringContent NewTeam(string name) =>
        Json($$$$"""{"data": {"type": "Team", "attributes": {"name": "{{{{name}}}}"}}}""", JsonApiMediaType);

    private static async Task<string[]> EmailsAsync(HttpResponseMessage response) =>
        [.. (await response.ShouldBeOkAsync())["data"]!.AsArray().Select(a => a!["attributes"]!["email"]!.GetValue<string>())];

    [Fact]
    public async Task Directory_admin_reads_the_agents_of_the_configured_organisation()
    {
        var response = await host.As(OidcUser.WithEmail(ApiHost.AdminEmail, "admin")).GetAsync("/api/agents?page[size]=100");

        var emails = await EmailsAsync(response);
        emails.ShouldContain(ApiHost.VaderEmail);
        emails.ShouldNotContain(ApiHost.LeiaEmail);
    }

    [Fact]
    public async Task Agent_is_found_by_the_email_claim_when_the_user_name_differs()
    {
        var user = new OidcUser { PreferredUsername = "dvader@empire.onmicrosoft.com", Email = ApiHost.VaderEmail, Roles = ["agent"] };

        var response = await host.As(user).GetAsync("/api/agents?page[size]=100");

        (await EmailsAsync(response)).ShouldContain(ApiHost.VaderEmail);
    }

    [Fact]
    public async Task Agent_is_found_by_preferred_username_when_the_token_has_no_email()
    {
        var user = new OidcUser { PreferredUsername = ApiHost.TarkinEmail.ToUpperInvariant(), Roles = ["supervisor"] };

        var response = await host.As(user).GetAsync("/api/agents?page[size]=100");

        (await EmailsAsync(response)).ShouldContain(ApiHost.TarkinEmail);
    }

    [Fact]
    public async Task Organisation_comes_from_the_org_claim_when_present()
    {
        var leia = OidcUser.WithEmail(ApiHost.LeiaEmail, "admin") with { Organisation = host.RebelOrganisationId.ToString() };

        var emails = await EmailsAsync(await host.As(leia).GetAsync("/api/agents?page[size]=100"));

        emails.ShouldContain(RebelData.LukeEmail);
        emails.ShouldNotContain(ApiHost.VaderEmail);
    }

    [Fact]
    public async Task Email_of_another_organisations_agent_is_refused_with_403()
    {
        var spy = OidcUser.WithEmail(ApiHost.VaderEmail, "admin") with { Organisation = host.RebelOrganisationId.ToString() };

        var error = await (await host.As(spy).GetAsync("/api/agents")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldContain($"No agent of the organisation has the email {ApiHost.VaderEmail}");
    }

    [Fact]
    public async Task Unknown_user_is_refused_with_403_saying_no_agent_has_the_email()
    {
        var stranger = OidcUser.WithEmail("bail.organa@alderaan.example.com", "admin");

        var error = await (await host.As(stranger).GetAsync("/api/agents")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldBe("No agent of the organisation has the email bail.organa@alderaan.example.com; an admin adds it as an agent first.");
    }

    [Fact]
    public async Task User_without_an_app_role_is_refused_with_403_saying_so()
    {
        var error = await (await host.As(OidcUser.WithEmail(ApiHost.VaderEmail)).GetAsync("/api/agents")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldContain("no AdminPortal app role");
    }

    [Fact]
    public async Task Token_with_neither_app_role_nor_scope_is_refused_with_401()
    {
        var response = await host.As(OidcUser.WithEmail(ApiHost.VaderEmail), new AccessTokenShape { Scope = null }).GetAsync("/api/agents");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldBe("The token carries neither an app role nor a scope of this API.");
    }

    [Fact]
    public async Task Org_claim_that_is_not_an_organisation_id_is_refused_with_403()
    {
        var user = OidcUser.WithEmail(ApiHost.VaderEmail, "agent") with { Organisation = "empire" };

        var error = await (await host.As(user).GetAsync("/api/agents")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldBe("The token's organisation 'empire' is not an organisation id.");
    }

    [Fact]
    public async Task Token_of_another_tenant_is_refused_with_401()
    {
        var otherTenant = Guid.NewGuid().ToString();

        var response = await host.As(OidcUser.WithEmail(ApiHost.AdminEmail, "admin"), new AccessTokenShape { TenantId = otherTenant }).GetAsync("/api/agents");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldContain("issued by another tenant or issuer");
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused_with_401()
    {
        var otherApp = Guid.NewGuid().ToString();

        var response = await host.As(OidcUser.WithEmail(ApiHost.AdminEmail, "admin"), new AccessTokenShape { Audience = otherApp }).GetAsync("/api/agents");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldStartWith("The token is meant for another audience");
    }

    [Fact]
    public async Task Expired_token_is_refused_with_401_saying_when_it_expired()
    {
        var shape = new AccessTokenShape { IssuedAt = DateTimeOffset.UtcNow.AddHours(-2), Lifetime = TimeSpan.FromHours(1) };

        var response = await host.As(OidcUser.WithEmail(ApiHost.AdminEmail, "admin"), shape).GetAsync("/api/agents");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldStartWith("The token expired at ");
        error["detail"]!.GetValue<string>().ShouldEndWith("; get a new token.");
    }

    [Fact]
    public async Task After_a_key_rotation_the_new_key_is_accepted_and_the_rotated_away_key_is_refused()
    {
        var admin = OidcUser.WithEmail(ApiHost.AdminEmail, "admin");
        await (await host.As(admin).GetAsync("/api/agents")).ShouldBeOkAsync();
        host.Issuer.Keys.Rotate();
        var rotatedAway = host.Issuer.Keys.Rotate();

        // the host fetches the keys again when a token names one it does not know yet
        var deadline = DateTime.UtcNow + _keyRefreshWait;
        HttpResponseMessage withNewKey;
        do
        {
            withNewKey = await host.As(admin).GetAsync("/api/agents");
        }
        while (withNewKey.StatusCode == HttpStatusCode.Unauthorized && DateTime.UtcNow < deadline && await Delay());
        await withNewKey.ShouldBeOkAsync();

        var response = await host.As(admin, new AccessTokenShape { SigningKey = rotatedAway }).GetAsync("/api/agents");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldContain("signed with a key its issuer does not publish");
    }

    [Fact]
    public async Task Roles_that_change_in_the_token_apply_on_the_next_request()
    {
        var trooper = OidcUser.WithEmail(ApiHost.Trooper1Email, "admin");

        var asAdmin = await host.As(trooper).PostAsync("/api/teams", NewTeam("Entra Admins' Team"));
        var asAgent = await host.As(trooper with { Roles = ["agent"] }).PostAsync("/api/teams", NewTeam("Entra Agents' Team"));

        await asAdmin.ShouldBeOkAsync(HttpStatusCode.Created);
        await asAgent.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Highest_of_several_app_roles_wins()
    {
        var tarkin = OidcUser.WithEmail(ApiHost.TarkinEmail, "agent", "Reader", "admin", "supervisor");

        var response = await host.As(tarkin).PostAsync("/api/teams", NewTeam("Tarkin's Entra Team"));

        await response.ShouldBeOkAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Application_token_from_client_credentials_is_refused_because_it_names_no_user()
    {
        var daemon = host.Issuer.Register(new OidcClient { Secret = "daemon-secret-" + Guid.NewGuid(), ApplicationRoles = ["admin"] });
        using var issuer = host.Issuer.CreateHttpClient();
        var tokenResponse = await issuer.PostAsync($"{host.Issuer.TenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = daemon.ClientId,
            ["client_secret"] = daemon.Secret!,
            ["scope"] = $"api://{host.App.ClientId}/.default",
        }));
        var token = (await tokenResponse.ShouldBeOkAsync())["access_token"]!.GetValue<string>();

        var error = await (await host.WithToken(token).GetAsync("/api/agents")).ShouldBeErrorAsync(HttpStatusCode.Forbidden);

        error["detail"]!.GetValue<string>().ShouldBe("The token carries no email, preferred_username or upn to find its agent by.");
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }
}
