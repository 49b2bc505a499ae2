using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Uniqueness;

public sealed class SqliteUniquenessTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private readonly UniquenessScenarios _scenarios = new(database);

    [Fact]
    public Task Agent_email_is_unique_in_any_case() => _scenarios.Agent_email_is_unique_in_any_case();

    [Fact]
    public Task Agent_email_is_unique_in_any_case_even_written_past_the_service() => _scenarios.Agent_email_is_unique_in_any_case_even_written_past_the_service();

    [Fact]
    public Task Agent_number_and_extension_are_unique() => _scenarios.Agent_number_and_extension_are_unique();

    [Fact]
    public Task Agents_without_number_or_extension_do_not_clash() => _scenarios.Agents_without_number_or_extension_do_not_clash();

    [Fact]
    public Task Team_names_are_unique_among_siblings_in_any_case() => _scenarios.Team_names_are_unique_among_siblings_in_any_case();

    [Fact]
    public Task Renaming_or_moving_a_team_onto_a_sibling_name_is_refused() => _scenarios.Renaming_or_moving_a_team_onto_a_sibling_name_is_refused();

    [Fact]
    public Task Menu_names_are_unique_among_siblings_in_any_case() => _scenarios.Menu_names_are_unique_among_siblings_in_any_case();

    [Fact]
    public Task Status_names_and_wfm_ids_are_unique() => _scenarios.Status_names_and_wfm_ids_are_unique();

    [Fact]
    public Task Name_and_wfm_id_of_a_deleted_status_can_be_used_again() => _scenarios.Name_and_wfm_id_of_a_deleted_status_can_be_used_again();

    [Fact]
    public Task Queue_group_names_are_unique() => _scenarios.Queue_group_names_are_unique();

    [Fact]
    public Task Another_organisation_may_use_the_same_values() => _scenarios.Another_organisation_may_use_the_same_values();

    [Fact]
    public Task Racing_writers_of_one_name_get_one_team_and_one_refusal() => _scenarios.Racing_writers_of_one_name_get_one_team_and_one_refusal();
}
