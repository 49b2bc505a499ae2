using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.NumericIds;

public sealed class PostgresNumericIdTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    private readonly NumericIdScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Rows_are_numbered_from_one_in_each_organisation_and_kind() => _scenarios.Rows_are_numbered_from_one_in_each_organisation_and_kind();

    [PostgresFact]
    public Task Built_in_statuses_keep_the_seed_ids() => _scenarios.Built_in_statuses_keep_the_seed_ids();

    [PostgresFact]
    public Task An_id_is_never_handed_out_again_after_its_row_is_deleted() => _scenarios.An_id_is_never_handed_out_again_after_its_row_is_deleted();

    [PostgresFact]
    public Task A_refused_write_hands_its_number_to_the_next_write() => _scenarios.A_refused_write_hands_its_number_to_the_next_write();

    [PostgresFact]
    public Task A_row_saved_with_its_own_number_keeps_it_and_later_rows_follow_it() => _scenarios.A_row_saved_with_its_own_number_keeps_it_and_later_rows_follow_it();

    [PostgresFact]
    public Task Concurrent_writers_get_distinct_numbers() => _scenarios.Concurrent_writers_get_distinct_numbers();

    [PostgresFact]
    public Task Bulk_written_rows_are_numbered_and_later_rows_follow_them() => _scenarios.Bulk_written_rows_are_numbered_and_later_rows_follow_them();
}
