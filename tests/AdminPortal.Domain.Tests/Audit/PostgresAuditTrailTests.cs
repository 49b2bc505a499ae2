using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Audit;

/// <summary>The audit trail on PostgreSQL (skipped unless ADMINPORTAL_TEST_POSTGRES is set).</summary>
public sealed class PostgresAuditTrailTests(PostgresTestCluster database) : AuditTrailTests<PostgresTestCluster>(database)
{
    [PostgresFact]
    public override Task Creating_an_agent_records_its_members_and_that_a_password_was_set_but_not_the_password() =>
        base.Creating_an_agent_records_its_members_and_that_a_password_was_set_but_not_the_password();

    [PostgresFact]
    public override Task Editing_an_agent_records_only_the_changed_members_before_and_after() =>
        base.Editing_an_agent_records_only_the_changed_members_before_and_after();

    [PostgresFact]
    public override Task A_password_change_says_that_it_changed_and_nothing_else() => base.A_password_change_says_that_it_changed_and_nothing_else();

    [PostgresFact]
    public override Task Status_changes_leave_no_audit_event() => base.Status_changes_leave_no_audit_event();

    [PostgresFact]
    public override Task Writes_without_someone_acting_are_the_system_and_leave_no_event() => base.Writes_without_someone_acting_are_the_system_and_leave_no_event();

    [PostgresFact]
    public override Task Team_writes_record_name_place_deletion_and_members() => base.Team_writes_record_name_place_deletion_and_members();

    [PostgresFact]
    public override Task Changing_the_teams_of_one_agent_reads_as_one_event_about_the_agent() =>
        base.Changing_the_teams_of_one_agent_reads_as_one_event_about_the_agent();

    [PostgresFact]
    public override Task Menu_assignment_status_queue_group_credential_and_setting_writes_are_recorded() =>
        base.Menu_assignment_status_queue_group_credential_and_setting_writes_are_recorded();

    [PostgresFact]
    public override Task A_refused_write_leaves_no_event() => base.A_refused_write_leaves_no_event();

    [PostgresFact]
    public override Task A_write_rolled_back_with_its_transaction_takes_its_events_with_it() =>
        base.A_write_rolled_back_with_its_transaction_takes_its_events_with_it();

    [PostgresFact]
    public override Task Another_organisation_sees_none_of_the_events() => base.Another_organisation_sees_none_of_the_events();

    [PostgresFact]
    public override Task The_log_reads_newest_first_filtered_by_actor_resource_and_time_with_names_of_referenced_rows() =>
        base.The_log_reads_newest_first_filtered_by_actor_resource_and_time_with_names_of_referenced_rows();
}
