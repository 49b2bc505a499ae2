using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Queues;

public sealed class SqliteQueueReportTests(ClockedSqliteDatabase database) : IClassFixture<ClockedSqliteDatabase>
{
    private readonly QueueReportScenarios _scenarios = new(database);

    [Fact]
    public Task Service_level_per_queue_is_the_share_answered_within_it_of_the_waits_that_ended_in_the_window() =>
        _scenarios.Service_level_per_queue_is_the_share_answered_within_it_of_the_waits_that_ended_in_the_window();

    [Fact]
    public Task Service_level_per_queue_group_takes_its_menus_together_and_is_null_without_waits() =>
        _scenarios.Service_level_per_queue_group_takes_its_menus_together_and_is_null_without_waits();

    [Fact]
    public Task Waits_record_the_service_level_they_were_measured_against() => _scenarios.Waits_record_the_service_level_they_were_measured_against();

    [Fact]
    public Task Current_status_counts_the_waiting_contacts_and_the_queues_agents() => _scenarios.Current_status_counts_the_waiting_contacts_and_the_queues_agents();

    [Fact]
    public Task Current_status_counts_every_agent_of_a_queue_staffed_by_hundreds() => _scenarios.Current_status_counts_every_agent_of_a_queue_staffed_by_hundreds();
}

public sealed class PostgresQueueReportTests(ClockedPostgresDatabase database) : IClassFixture<ClockedPostgresDatabase>
{
    private readonly QueueReportScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Service_level_per_queue_is_the_share_answered_within_it_of_the_waits_that_ended_in_the_window() =>
        _scenarios.Service_level_per_queue_is_the_share_answered_within_it_of_the_waits_that_ended_in_the_window();

    [PostgresFact]
    public Task Service_level_per_queue_group_takes_its_menus_together_and_is_null_without_waits() =>
        _scenarios.Service_level_per_queue_group_takes_its_menus_together_and_is_null_without_waits();

    [PostgresFact]
    public Task Waits_record_the_service_level_they_were_measured_against() => _scenarios.Waits_record_the_service_level_they_were_measured_against();

    [PostgresFact]
    public Task Current_status_counts_the_waiting_contacts_and_the_queues_agents() => _scenarios.Current_status_counts_the_waiting_contacts_and_the_queues_agents();

    [PostgresFact]
    public Task Current_status_counts_every_agent_of_a_queue_staffed_by_hundreds() => _scenarios.Current_status_counts_every_agent_of_a_queue_staffed_by_hundreds();
}
