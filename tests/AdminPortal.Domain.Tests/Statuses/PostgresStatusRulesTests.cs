using AdminPortal.Domain.Statuses.Feed;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>The same status rules on PostgreSQL (skipped unless ADMINPORTAL_TEST_POSTGRES is set).</summary>
public sealed class PostgresStatusRulesTests(PostgresTestCluster database) : StatusRulesTests<PostgresTestCluster>(database)
{
    [PostgresFact]
    public override Task Cannot_set_unknown_status() => base.Cannot_set_unknown_status();

    [PostgresFact]
    public override Task Cannot_set_deleted_status() => base.Cannot_set_deleted_status();

    [PostgresFact]
    public override Task Can_set_status_by_name_in_any_case() => base.Can_set_status_by_name_in_any_case();

    [PostgresFact]
    public override Task Cannot_set_system_status() => base.Cannot_set_system_status();

    [PostgresFact]
    public override Task Cannot_change_agent_in_system_status_by_hand() => base.Cannot_change_agent_in_system_status_by_hand();

    [PostgresFact]
    public override Task System_can_move_agent_into_and_out_of_system_status() => base.System_can_move_agent_into_and_out_of_system_status();

    [PostgresFact]
    public override Task Agent_cannot_claim_system_source() => base.Agent_cannot_claim_system_source();

    [PostgresFact]
    public override Task Cannot_change_offline_agent_by_someone_else() => base.Cannot_change_offline_agent_by_someone_else();

    [PostgresFact]
    public override Task Agent_choosing_status_while_offline_logs_in() => base.Agent_choosing_status_while_offline_logs_in();

    [PostgresFact]
    public override Task Login_defaults_to_available() => base.Login_defaults_to_available();

    [PostgresFact]
    public override Task Admin_can_force_agent_offline_from_system_status() => base.Admin_can_force_agent_offline_from_system_status();

    [PostgresFact]
    public override Task Supervisor_can_force_agent_of_its_team_offline() => base.Supervisor_can_force_agent_of_its_team_offline();

    [PostgresFact]
    public override Task Supervisor_can_change_agent_of_a_sub_team() => base.Supervisor_can_change_agent_of_a_sub_team();

    [PostgresFact]
    public override Task Supervisor_cannot_change_agent_outside_its_teams() => base.Supervisor_cannot_change_agent_outside_its_teams();

    [PostgresFact]
    public override Task Agent_cannot_change_another_agent() => base.Agent_cannot_change_another_agent();

    [PostgresFact]
    public override Task Cannot_change_missing_agent() => base.Cannot_change_missing_agent();

    [PostgresFact]
    public override Task Cannot_change_agent_of_another_organisation() => base.Cannot_change_agent_of_another_organisation();

    [PostgresFact]
    public override Task Changes_keep_activity_intervals_contiguous() => base.Changes_keep_activity_intervals_contiguous();

    [PostgresFact]
    public override Task Bulk_change_reports_one_outcome_per_agent() => base.Bulk_change_reports_one_outcome_per_agent();

    // the cases are the base method's InlineData, which xunit inherits (the analyzer does not see them): repeating them here
    // would list each case twice
#pragma warning disable xUnit1003
    [PostgresTheory]
    public override Task Bulk_change_to_invalid_status_changes_nobody(string status, string message) => base.Bulk_change_to_invalid_status_changes_nobody(status, message);
#pragma warning restore xUnit1003

    [PostgresFact]
    public override Task Supervisor_bulk_change_refuses_agents_outside_its_teams_only() => base.Supervisor_bulk_change_refuses_agents_outside_its_teams_only();

    /// <summary>On PostgreSQL the change comes back through LISTEN/NOTIFY: the listener a host starts runs here too.</summary>
    [PostgresFact]
    public override async Task Feed_receives_committed_change()
    {
        var listener = Database.Services.GetRequiredService<PostgresFeedListener>();
        await listener.StartAsync(CancellationToken.None);
        try
        {
            await listener.Listening.WaitAsync(TimeSpan.FromSeconds(10));
            await base.Feed_receives_committed_change();
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }
    }

    [PostgresFact]
    public override Task Fifty_parallel_changes_of_one_agent_leave_a_consistent_history() => base.Fifty_parallel_changes_of_one_agent_leave_a_consistent_history();

    [PostgresFact]
    public override Task Parallel_changes_from_two_processes_leave_a_consistent_history() => base.Parallel_changes_from_two_processes_leave_a_consistent_history();

    [PostgresFact]
    public override Task Parallel_log_outs_of_one_agent_write_one_logout() => base.Parallel_log_outs_of_one_agent_write_one_logout();

    [PostgresFact]
    public override Task Precondition_is_checked_under_the_agents_lock() => base.Precondition_is_checked_under_the_agents_lock();
}
