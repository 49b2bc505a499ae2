using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Uniqueness;

public sealed class PostgresUniquenessTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    private readonly UniquenessScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Agent_email_is_unique_in_any_case() => _scenarios.Agent_email_is_unique_in_any_case();

    [PostgresFact]
    public Task Agent_email_is_unique_in_any_case_even_written_past_the_service() => _scenarios.Agent_email_is_unique_in_any_case_even_written_past_the_service();

    [PostgresFact]
    public Task Agent_number_and_extension_are_unique() => _scenarios.Agent_number_and_extension_are_unique();

    [PostgresFact]
    public Task Agents_without_number_or_extension_do_not_clash() => _scenarios.Agents_without_number_or_extension_do_not_clash();

    [PostgresFact]
    public Task Team_names_are_unique_among_siblings_in_any_case() => _scenarios.Team_names_are_unique_among_siblings_in_any_case();

    [PostgresFact]
    public Task Renaming_or_moving_a_team_onto_a_sibling_name_is_refused() => _scenarios.Renaming_or_moving_a_team_onto_a_sibling_name_is_refused();

    [PostgresFact]
    public Task Menu_names_are_unique_among_siblings_in_any_case() => _scenarios.Menu_names_are_unique_among_siblings_in_any_case();

    [PostgresFact]
    public Task Status_names_and_wfm_ids_are_unique() => _scenarios.Status_names_and_wfm_ids_are_unique();

    [PostgresFact]
    public Task Name_and_wfm_id_of_a_deleted_status_can_be_used_again() => _scenarios.Name_and_wfm_id_of_a_deleted_status_can_be_used_again();

    [PostgresFact]
    public Task Queue_group_names_are_unique() => _scenarios.Queue_group_names_are_unique();

    [PostgresFact]
    public Task Another_organisation_may_use_the_same_values() => _scenarios.Another_organisation_may_use_the_same_values();

    [PostgresFact]
    public Task Racing_writers_of_one_name_get_one_team_and_one_refusal() => _scenarios.Racing_writers_of_one_name_get_one_team_and_one_refusal();
}
