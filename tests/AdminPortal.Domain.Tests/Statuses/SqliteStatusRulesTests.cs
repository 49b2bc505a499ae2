using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Support;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Statuses;

public sealed class SqliteStatusRulesTests(SqliteTestDatabase database) : StatusRulesTests<SqliteTestDatabase>(database)
{
    /// <summary>
    /// On SQLite a change reads the agent before its write transaction (so the database's one write turn lasts only as long
    /// as the writes); a change another process commits in between is caught by the agent's version token, and the change
    /// is decided again on what that process wrote, leaving one contiguous history.
    /// </summary>
    [Fact]
    public async Task A_change_another_process_commits_between_the_reads_and_the_save_is_decided_again_on_it()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var otherProcess = Database.BuildServices();
        var meanwhile = new OtherProcessMovesTheAgentOnce(otherProcess, scenario, "Meal");

        StatusChangeResult result;
        await using (var scope = scenario.Scope())
        {
            result = await scope.Get<IStatusChangeService>().ChangeAsync(
                new StatusRequest(agent.Id, StatusTarget.Named("Break"), StatusSource.Admin, scenario.Admin, Precondition: meanwhile));
        }

        meanwhile.Moves.ShouldBe(1);
        result.PreviousStatus.ShouldBe("Meal");
        result.CurrentStatus.ShouldBe("Break");
        (await scenario.StatusRowsOfAsync(agent)).Select(r => r.Status).ShouldBe(["Meal", "Break"]);
        await HistoryAssertions.ShouldBeConsistentAsync(scenario, agent, expectedChanges: 2);
    }

    /// <summary>Checked after the change's reads: the first time, another process moves the agent first.</summary>
    private sealed class OtherProcessMovesTheAgentOnce(IServiceProvider otherProcess, OrganisationScenario scenario, string status)
        : IStatusPrecondition
    {
        public int Moves { get; private set; }

        public async Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken)
        {
            if (Moves == 0)
            {
                Moves++;
                await using var scope = TestDatabase.ActAs(otherProcess, scenario.Organisation.Id);
                await scope.Get<IStatusChangeService>().ChangeAsync(
                    new StatusRequest(agentId, StatusTarget.Named(status), StatusSource.Admin, scenario.Admin), cancellationToken);
            }

            return true;
        }
    }
}
