using AdminPortal.Domain.Queues;
using AdminPortal.Web.Portal.Queries;
using AdminPortal.Web.Tests.Portal.Board;

namespace AdminPortal.Web.Tests.Portal.Queues;

/// <summary>
/// Queue counts read who staffs a queue only for the queues they list: the board's strip (queues with someone waiting) and
/// the wallboard without idle queues read no assignment when nobody waits; the wallboard with idle queues reads them all.
/// </summary>
public sealed class QueueStaffingReadTests(SqliteBoardDatabase database) : IClassFixture<SqliteBoardDatabase>
{
    private static readonly string[] StaffingTables = ["\"agent_assignments\"", "\"team_assignments\"", "\"agent_team\""];

    [Fact]
    public async Task Nobody_waiting_means_no_staffing_read_unless_idle_queues_are_asked_for()
    {
        var organisation = await database.CreateOrganisationAsync();
        await using var scope = database.ActAs(organisation.Id);

        database.Commands.Clear();
        (await scope.Get<QueueStatusQuery>().CurrentAsync(new QueueFilter())).ShouldBeEmpty();
        (await scope.Get<Wallboard>().TilesAsync(kind: null, menuId: null, idleQueues: false)).ShouldBeEmpty();
        database.Commands.ShouldNotContain(c => StaffingTables.Any(t => c.Contains(t, StringComparison.Ordinal)), string.Join("\n\n", database.Commands));

        database.Commands.Clear();
        await scope.Get<Wallboard>().TilesAsync(kind: null, menuId: null, idleQueues: true);
        database.Commands.ShouldContain(c => c.Contains("\"agent_assignments\"", StringComparison.Ordinal));
    }
}
