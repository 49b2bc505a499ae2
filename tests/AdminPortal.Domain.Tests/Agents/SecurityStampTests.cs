using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Agents;

/// <summary>The security stamp changes with the password and the role (ending sessions and tokens), and only then.</summary>
public sealed class SecurityStampTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static AgentDetails Details(AgentRole role, string location = "Nelson") =>
        new("stamp@nelson.com", "Stamp", null, "Test", null, null, null, role, location);

    [Fact]
    public async Task New_password_gives_a_new_stamp()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(AgentRole.Supervisor), "first-password-1");
        var before = agent.SecurityStamp;

        await scope.Get<IAgentService>().SetPasswordAsync(scenario.Admin, agent.Id, "second-password-2");

        var stored = await scope.Db.Agents.AsNoTracking().SingleAsync(a => a.Id == agent.Id);
        before.ShouldNotBeNullOrEmpty();
        stored.SecurityStamp.ShouldNotBe(before);
    }

    [Theory]
    [InlineData(AgentRole.Supervisor, AgentRole.Agent)]
    [InlineData(AgentRole.Agent, AgentRole.Admin)]
    public async Task Role_change_gives_a_new_stamp(AgentRole from, AgentRole to)
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(from), "first-password-1");
        var before = agent.SecurityStamp;

        await scope.Get<IAgentService>().UpdateAsync(scenario.Admin, agent.Id, Details(to));

        (await scope.Db.Agents.AsNoTracking().SingleAsync(a => a.Id == agent.Id)).SecurityStamp.ShouldNotBe(before);
    }

    [Fact]
    public async Task Other_changes_keep_the_stamp()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(AgentRole.Supervisor), "first-password-1");
        var before = agent.SecurityStamp;

        await scope.Get<IAgentService>().UpdateAsync(scenario.Admin, agent.Id, Details(AgentRole.Supervisor, location: "Endor"));

        (await scope.Db.Agents.AsNoTracking().SingleAsync(a => a.Id == agent.Id)).SecurityStamp.ShouldBe(before);
    }
}
