using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Domain.Tests.Credentials;

public sealed class ApiCredentialServiceTests(ClockedDatabase database) : IClassFixture<ClockedDatabase>
{
    [Fact]
    public async Task Creating_returns_the_secret_once_and_stores_only_its_hash()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        var created = await scope.Get<IApiCredentialService>().CreateAsync(empire.Admin, new("CRM", ApiCredentialKind.Organisation));

        created.Secret.ShouldStartWith(ApiSecrets.SecretPrefix);
        created.Secret.Length.ShouldBeGreaterThan(40);
        created.Credential.Key.ShouldStartWith(ApiSecrets.KeyPrefix);
        var stored = await scope.Db.ApiCredentials.AsNoTracking().SingleAsync(c => c.Id == created.Credential.Id);
        stored.SecretHash.ShouldNotContain(created.Secret);
        stored.SecretHash.ShouldStartWith("v1$");
        stored.CreatedAt.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
        stored.CreatedById.ShouldBe(empire.AdminAgent.Id);
    }

    [Fact]
    public async Task Two_credentials_never_share_a_key_or_secret()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var first = await CreateAsync(empire, "One");
        var second = await CreateAsync(empire, "Two");

        first.Credential.Key.ShouldNotBe(second.Credential.Key);
        first.Secret.ShouldNotBe(second.Secret);
    }

    [Fact]
    public async Task Lists_the_organisations_credentials_newest_first_without_secrets()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        var vader = await empire.AddAgentAsync("Darth", "Vader", "Available");
        await CreateAsync(empire, "CRM");
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync(empire, "Softphone", ApiCredentialKind.Agent, vader.Id);
        await CreateAsync(rebels, "Rebel CRM");
        await using var scope = empire.Scope();

        var list = await scope.Get<IApiCredentialService>().ListAsync(empire.Admin);

        list.Select(c => (c.Name, c.Kind, c.AgentName)).ShouldBe([("Softphone", ApiCredentialKind.Agent, "Darth Vader"), ("CRM", ApiCredentialKind.Organisation, null)]);
    }

    [Fact]
    public async Task Only_admins_manage_credentials()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var supervisor = await empire.AddAgentAsync("Moff", "Tarkin", "Available", AgentRole.Supervisor);
        var created = await CreateAsync(empire, "CRM");
        await using var scope = empire.Scope();
        var service = scope.Get<IApiCredentialService>();
        var actor = OrganisationScenario.ActorFor(supervisor);

        await Should.ThrowAsync<PermissionDeniedException>(() => service.CreateAsync(actor, new("Mine", ApiCredentialKind.Organisation)));
        await Should.ThrowAsync<PermissionDeniedException>(() => service.ListAsync(actor));
        await Should.ThrowAsync<PermissionDeniedException>(() => service.RevokeAsync(actor, created.Credential.Id));
    }

    [Theory]
    [InlineData("", ApiCredentialKind.Organisation, false, "name")]
    [InlineData("Softphone", ApiCredentialKind.Agent, false, "agent")]
    [InlineData("CRM", ApiCredentialKind.Organisation, true, "agent")]
    public async Task Refuses_incomplete_requests_by_field(string name, ApiCredentialKind kind, bool withAgent, string member)
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() => scope.Get<IApiCredentialService>()
            .CreateAsync(empire.Admin, new(name, kind, withAgent ? empire.AdminAgent.Id : null)));

        error.Errors.Keys.ShouldBe([member]);
    }

    [Fact]
    public async Task An_agent_of_another_organisation_is_not_found()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        await using var scope = empire.Scope();

        await Should.ThrowAsync<EntityNotFoundException>(() => scope.Get<IApiCredentialService>()
            .CreateAsync(empire.Admin, new("Spy", ApiCredentialKind.Agent, rebels.AdminAgent.Id)));
    }

    [Fact]
    public async Task An_organisation_credential_signs_in_with_the_subdomain_or_its_key_as_an_admin_without_agent()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var created = await CreateAsync(empire, "CRM");

        var bySubdomain = await AuthenticateAsync(empire.Organisation.Subdomain.ToUpperInvariant(), created.Secret);
        var byKey = await AuthenticateAsync(created.Credential.Key, created.Secret);

        bySubdomain.ShouldNotBeNull();
        (bySubdomain.OrganisationId, bySubdomain.AgentId, bySubdomain.Role, bySubdomain.Kind).ShouldBe((empire.Organisation.Id, null, AgentRole.Admin, ApiCredentialKind.Organisation));
        byKey.ShouldBe(bySubdomain);
    }

    [Fact]
    public async Task An_agent_credential_signs_in_as_its_agent_with_the_agents_role()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var tarkin = await empire.AddAgentAsync("Moff", "Tarkin", "Available", AgentRole.Supervisor);
        var created = await CreateAsync(empire, "Softphone", ApiCredentialKind.Agent, tarkin.Id);

        var identity = await AuthenticateAsync(created.Credential.Key, created.Secret);

        identity.ShouldNotBeNull();
        (identity.AgentId, identity.Role, identity.Name, identity.Email).ShouldBe((tarkin.Id, AgentRole.Supervisor, "Moff Tarkin", tarkin.Email));
        (await AuthenticateAsync(empire.Organisation.Subdomain, created.Secret)).ShouldBeNull("an agent credential does not sign in with the subdomain");
    }

    [Fact]
    public async Task Wrong_secret_unknown_name_other_organisation_and_revoked_credentials_sign_nothing_in()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var rebels = await OrganisationScenario.CreateAsync(database);
        var created = await CreateAsync(empire, "CRM");
        var revoked = await CreateAsync(empire, "Old");
        await using (var scope = empire.Scope())
        {
            await scope.Get<IApiCredentialService>().RevokeAsync(empire.Admin, revoked.Credential.Id);
        }

        (await AuthenticateAsync(empire.Organisation.Subdomain, created.Secret[..^1] + (created.Secret[^1] == 'x' ? "y" : "x"))).ShouldBeNull();
        (await AuthenticateAsync("no-such-subdomain", created.Secret)).ShouldBeNull();
        (await AuthenticateAsync(rebels.Organisation.Subdomain, created.Secret)).ShouldBeNull();
        (await AuthenticateAsync(empire.Organisation.Subdomain, revoked.Secret)).ShouldBeNull();
        (await AuthenticateAsync(revoked.Credential.Key, revoked.Secret)).ShouldBeNull();
        (await AuthenticateAsync(empire.Organisation.Subdomain, created.Secret)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Revoking_twice_keeps_the_first_time()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var created = await CreateAsync(empire, "CRM");
        await using var scope = empire.Scope();
        var first = (await scope.Get<IApiCredentialService>().RevokeAsync(empire.Admin, created.Credential.Id)).RevokedAt;
        database.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = (await scope.Get<IApiCredentialService>().RevokeAsync(empire.Admin, created.Credential.Id)).RevokedAt;

        second.ShouldBe(first);
    }

    [Fact]
    public async Task Last_used_is_kept_to_the_minute_without_a_write_per_request()
    {
        var empire = await OrganisationScenario.CreateAsync(database);
        var created = await CreateAsync(empire, "CRM");
        var start = database.Clock.GetUtcNow().UtcDateTime;

        await AuthenticateAsync(created.Credential.Key, created.Secret);
        var afterFirstUse = await LastUsedAsync(empire, created);
        database.Clock.Advance(TimeSpan.FromSeconds(40));
        await AuthenticateAsync(created.Credential.Key, created.Secret);
        var within = await LastUsedAsync(empire, created);
        database.Clock.Advance(TimeSpan.FromSeconds(30));
        await AuthenticateAsync(created.Credential.Key, created.Secret);
        var afterAMinute = await LastUsedAsync(empire, created);

        afterFirstUse.ShouldBe(start);
        within.ShouldBe(start);
        afterAMinute.ShouldBe(start.AddSeconds(70));
    }

    private static async Task<CreatedApiCredential> CreateAsync(OrganisationScenario scenario, string name, ApiCredentialKind kind = ApiCredentialKind.Organisation, Guid? agentId = null)
    {
        await using var scope = scenario.Scope();
        return await scope.Get<IApiCredentialService>().CreateAsync(scenario.Admin, new(name, kind, agentId));
    }

    private async Task<ApiCredentialIdentity?> AuthenticateAsync(string userName, string secret)
    {
        await using var scope = database.CreateSystemScope();
        return await scope.ServiceProvider.GetRequiredService<IApiCredentialService>().AuthenticateAsync(userName, secret);
    }

    private static async Task<DateTime?> LastUsedAsync(OrganisationScenario scenario, CreatedApiCredential created)
    {
        await using var scope = scenario.Scope();
        return await scope.Db.ApiCredentials.AsNoTracking().Where(c => c.Id == created.Credential.Id).Select(c => c.LastUsedAt).SingleAsync();
    }
}
