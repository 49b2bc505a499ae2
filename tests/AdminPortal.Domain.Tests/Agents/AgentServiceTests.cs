using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Agents;

public sealed class AgentServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static AgentDetails Details(string email = "rayd@nelson.com", string? extension = "1013", string first = "Raymond", string last = "D") =>
        new(email, first, null, last, "Agent No.113", extension, null, AgentRole.Agent, "Nelson");

    [Fact]
    public async Task New_agent_starts_offline_with_a_hashed_password()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(), "correct horse battery");

        var stored = await scope.Db.Agents.AsNoTracking().Include(a => a.Status).SingleAsync(a => a.Id == agent.Id);
        stored.Status!.Name.ShouldBe("Offline");
        stored.SessionOrigin.ShouldBe(SessionOrigin.None);
        stored.PasswordHash.ShouldNotBeNull();
        stored.PasswordHash.ShouldNotContain("correct horse battery");
    }

    [Theory]
    [InlineData("not-an-email", "1013", "email")]
    [InlineData("rayd@nelson.com", "12", "extension_number")]
    [InlineData("rayd@nelson.com", "12a4", "extension_number")]
    public async Task Cannot_create_agent_with_invalid_details(string email, string extension, string member)
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(email, extension), null));

        error.Errors.Keys.ShouldBe([member]);
    }

    [Fact]
    public async Task Cannot_create_agent_without_names()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(first: " ", last: ""), null));

        error.Errors["first_name"].ShouldBe("First name is required.");
        error.Errors["last_name"].ShouldBe("Last name is required.");
    }

    [Fact]
    public async Task Extension_number_can_be_64_digits()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(extension: new string('7', 64)), null);

        agent.ExtensionNumber!.Length.ShouldBe(64);
    }

    [Fact]
    public async Task Cannot_reuse_email_in_any_case_within_organisation()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await scenario.AddAgentAsync("Craig", "T", "Available", email: "craigT@nelson.com");
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details("CRAIGT@nelson.com"), null));

        error.Errors["email"].ShouldBe("The email 'CRAIGT@nelson.com' is already used by another agent.");
    }

    [Fact]
    public async Task Same_email_may_exist_in_another_organisation()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var other = await OrganisationScenario.CreateAsync(database);
        await other.AddAgentAsync("Craig", "T", "Available", email: "craigT@nelson.com");
        await using var scope = scenario.Scope();

        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details("craigT@nelson.com"), null);

        agent.OrganisationId.ShouldBe(scenario.Organisation.Id);
    }

    [Fact]
    public async Task Can_update_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Raymond", "D", "Offline");
        await using var scope = scenario.Scope();

        var updated = await scope.Get<IAgentService>().UpdateAsync(scenario.Admin, agent.Id, Details("ray.d@nelson.com") with { Role = AgentRole.Supervisor });

        updated.Email.ShouldBe("ray.d@nelson.com");
        updated.Role.ShouldBe(AgentRole.Supervisor);
    }

    [Fact]
    public async Task Agent_cannot_create_agents()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available");
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() =>
            scope.Get<IAgentService>().CreateAsync(OrganisationScenario.ActorFor(agent), Details(), null));
    }
}
