using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Agents;

public sealed class CredentialServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Can_sign_in_with_email_in_any_case_without_a_tenant()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await CreateWithPasswordAsync(scenario, "notanakinskywalker@empire.com", "I am your father");

        await using var scope = database.CreateSystemScope();
        var verified = await scope.ServiceProvider.GetRequiredService<ICredentialService>().VerifyAsync("NotAnakinSkywalker@Empire.com", "I am your father");

        verified.ShouldNotBeNull();
        verified.Id.ShouldBe(agent.Id);
        verified.OrganisationId.ShouldBe(scenario.Organisation.Id);
    }

    [Fact]
    public async Task Cannot_sign_in_with_wrong_password_or_unknown_email()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await CreateWithPasswordAsync(scenario, "craigT@nelson.com", "wrap it up now");

        await using var scope = database.CreateSystemScope();
        var credentials = scope.ServiceProvider.GetRequiredService<ICredentialService>();

        (await credentials.VerifyAsync("craigT@nelson.com", "wrong password")).ShouldBeNull();
        (await credentials.VerifyAsync("nobody@nelson.com", "wrap it up now")).ShouldBeNull();
        (await credentials.VerifyAsync("", "")).ShouldBeNull();
    }

    [Fact]
    public async Task Agent_can_change_own_password_but_not_anothers()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await CreateWithPasswordAsync(scenario, "rayd@nelson.com", "first password");
        var other = await scenario.AddAgentAsync("Barry", "Allen", "Available");
        await using (var scope = scenario.Scope())
        {
            var agents = scope.Get<IAgentService>();
            await agents.SetPasswordAsync(OrganisationScenario.ActorFor(agent), agent.Id, "second password");
            await Should.ThrowAsync<PermissionDeniedException>(() => agents.SetPasswordAsync(OrganisationScenario.ActorFor(other), agent.Id, "third password"));
            var tooShort = await Should.ThrowAsync<ValidationFailedException>(() => agents.SetPasswordAsync(OrganisationScenario.ActorFor(agent), agent.Id, "short"));
            tooShort.Errors["password"].ShouldBe("Password must be at least 8 characters long.");
        }

        await using var system = database.CreateSystemScope();
        var credentials = system.ServiceProvider.GetRequiredService<ICredentialService>();
        (await credentials.VerifyAsync("rayd@nelson.com", "first password")).ShouldBeNull();
        (await credentials.VerifyAsync("rayd@nelson.com", "second password")).ShouldNotBeNull();
    }

    private static async Task<Agent> CreateWithPasswordAsync(OrganisationScenario scenario, string email, string password)
    {
        await using var scope = scenario.Scope();
        return await scope.Get<IAgentService>().CreateAsync(
            scenario.Admin, new AgentDetails(email, "First", null, "Last", null, null, null, AgentRole.Agent, null), password);
    }
}
