using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Assignments;

/// <summary>Seed 001's "update call queue agent list" as the assignment service does it.</summary>
public sealed class QueueAgentReplacementTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Replacing_sets_the_main_line_to_exactly_the_given_agents_and_keeps_the_other_lines()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Death Star");
        var darth = await AgentWithExtensionAsync(scenario, "Darth", "Vader", "111");
        var craig = await AgentWithExtensionAsync(scenario, "Craig", "T", "112");
        var raymond = await AgentWithExtensionAsync(scenario, "Raymond", "D", "113");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, darth.Id, new AgentAssignmentDetails("en", "secondary", "voice_call", 5));
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, darth.Id, new AgentAssignmentDetails("en", "primary", "chat", 2));
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, craig.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 4));

        await assignments.ReplaceQueueAgentsAsync(scenario.Admin, menu.Id, [new("111", 9), new("113", null)]);

        var rows = await scope.Db.AgentAssignments.AsNoTracking().Where(a => a.MenuId == menu.Id)
            .Select(a => new { a.AgentId, a.Lang, a.ChannelType, a.QueueLevel, a.SkillLevel })
            .ToListAsync();
        rows.Select(r => (r.AgentId, r.Lang, r.ChannelType, r.QueueLevel, r.SkillLevel)).OrderBy(r => r.AgentId).ThenBy(r => r.ChannelType).ShouldBe(new[]
        {
            (darth.Id, "en", "chat", "primary", 2),
            (darth.Id, "en", "voice_call", "primary", 9),
            (raymond.Id, "en", "voice_call", "primary", 1),
        }.OrderBy(r => r.Item1).ThenBy(r => r.Item3));
    }

    [Fact]
    public async Task Every_bad_item_is_named_and_nothing_changes()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Droid Repair");
        var darth = await AgentWithExtensionAsync(scenario, "Darth", "Vader", "111");
        await using var scope = scenario.Scope();
        var assignments = scope.Get<IAssignmentService>();
        await assignments.AssignAgentAsync(scenario.Admin, menu.Id, darth.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 5));

        var error = await Should.ThrowAsync<ValidationFailedException>(() => assignments.ReplaceQueueAgentsAsync(
            scenario.Admin, menu.Id, [new("55555", 2), new("111", QueueValues.MaxSkillLevel + 1), new("111", 3)]));

        error.Errors.ShouldBe(new Dictionary<string, string>
        {
            ["0/extension_number"] = "No agent has extension number '55555'.",
            ["1/skill_level"] = "skill_level must be between 1 and 10.",
            ["2/extension_number"] = "Extension number '111' is listed twice.",
        }, ignoreOrder: true);
        (await scope.Db.AgentAssignments.AsNoTracking().SingleAsync(a => a.MenuId == menu.Id)).SkillLevel.ShouldBe(5);
    }

    [Fact]
    public async Task Only_admins_replace_a_queues_agents()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var menu = await scenario.AddMenuAsync("Emperor's Hotline");
        var supervisor = await scenario.AddAgentAsync("Moff", "Tarkin", "Available", AgentRole.Supervisor);
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() =>
            scope.Get<IAssignmentService>().ReplaceQueueAgentsAsync(OrganisationScenario.ActorFor(supervisor), menu.Id, []));
    }

    private static async Task<Agent> AgentWithExtensionAsync(OrganisationScenario scenario, string first, string last, string extension)
    {
        var agent = await scenario.AddAgentAsync(first, last, "Available");
        await using var scope = scenario.Scope();
        await scope.Db.Agents.Where(a => a.Id == agent.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.ExtensionNumber, extension));
        return agent;
    }
}
