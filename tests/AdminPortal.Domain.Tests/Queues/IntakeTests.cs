using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Queues;

public sealed class SqliteIntakeTests(ClockedSqliteDatabase database) : IClassFixture<ClockedSqliteDatabase>
{
    private readonly IntakeScenarios _scenarios = new(database);

    [Fact]
    public Task A_queued_call_waits_on_its_menu_under_its_menu_path() => _scenarios.A_queued_call_waits_on_its_menu_under_its_menu_path();

    [Fact]
    public Task Answering_puts_the_agent_in_call_and_ending_in_wrap_up_then_back_to_its_status() =>
        _scenarios.Answering_puts_the_agent_in_call_and_ending_in_wrap_up_then_back_to_its_status();

    [Fact]
    public Task A_status_picked_during_a_call_is_queued_and_applied_when_wrap_up_ends() =>
        _scenarios.A_status_picked_during_a_call_is_queued_and_applied_when_wrap_up_ends();

    [Fact]
    public Task Seed_002_rules_hold_during_a_call() => _scenarios.Seed_002_rules_hold_during_a_call();

    [Fact]
    public Task A_missed_offer_gives_missed_call_and_the_call_waits_again() => _scenarios.A_missed_offer_gives_missed_call_and_the_call_waits_again();

    [Fact]
    public Task A_repeated_event_changes_nothing() => _scenarios.A_repeated_event_changes_nothing();

    [Fact]
    public Task Out_of_order_events_are_refused_with_a_conflict_and_leave_the_call_as_it_was() =>
        _scenarios.Out_of_order_events_are_refused_with_a_conflict_and_leave_the_call_as_it_was();

    [Fact]
    public Task A_refused_status_change_still_records_the_call_event() => _scenarios.A_refused_status_change_still_records_the_call_event();

    [Fact]
    public Task Wrap_up_ends_by_itself_after_the_menus_or_the_organisations_seconds() =>
        _scenarios.Wrap_up_ends_by_itself_after_the_menus_or_the_organisations_seconds();

    [Fact]
    public Task A_transfer_to_another_menu_wraps_up_the_first_agent_and_queues_the_call_again() =>
        _scenarios.A_transfer_to_another_menu_wraps_up_the_first_agent_and_queues_the_call_again();

    [Fact]
    public Task A_chat_puts_the_agent_in_chat_and_keeps_its_messages() => _scenarios.A_chat_puts_the_agent_in_chat_and_keeps_its_messages();

    [Fact]
    public Task Concurrent_repeats_of_a_new_call_record_it_once_and_calls_of_many_agents_all_apply() =>
        _scenarios.Concurrent_repeats_of_a_new_call_record_it_once_and_calls_of_many_agents_all_apply();

    [Fact]
    public Task Only_admins_and_the_system_report_calls_and_chats_and_bad_input_is_refused() =>
        _scenarios.Only_admins_and_the_system_report_calls_and_chats_and_bad_input_is_refused();
}

public sealed class PostgresIntakeTests(ClockedPostgresDatabase database) : IClassFixture<ClockedPostgresDatabase>
{
    private readonly IntakeScenarios _scenarios = new(database);

    [PostgresFact]
    public Task A_queued_call_waits_on_its_menu_under_its_menu_path() => _scenarios.A_queued_call_waits_on_its_menu_under_its_menu_path();

    [PostgresFact]
    public Task Answering_puts_the_agent_in_call_and_ending_in_wrap_up_then_back_to_its_status() =>
        _scenarios.Answering_puts_the_agent_in_call_and_ending_in_wrap_up_then_back_to_its_status();

    [PostgresFact]
    public Task A_status_picked_during_a_call_is_queued_and_applied_when_wrap_up_ends() =>
        _scenarios.A_status_picked_during_a_call_is_queued_and_applied_when_wrap_up_ends();

    [PostgresFact]
    public Task Seed_002_rules_hold_during_a_call() => _scenarios.Seed_002_rules_hold_during_a_call();

    [PostgresFact]
    public Task A_missed_offer_gives_missed_call_and_the_call_waits_again() => _scenarios.A_missed_offer_gives_missed_call_and_the_call_waits_again();

    [PostgresFact]
    public Task A_repeated_event_changes_nothing() => _scenarios.A_repeated_event_changes_nothing();

    [PostgresFact]
    public Task Out_of_order_events_are_refused_with_a_conflict_and_leave_the_call_as_it_was() =>
        _scenarios.Out_of_order_events_are_refused_with_a_conflict_and_leave_the_call_as_it_was();

    [PostgresFact]
    public Task A_refused_status_change_still_records_the_call_event() => _scenarios.A_refused_status_change_still_records_the_call_event();

    [PostgresFact]
    public Task Wrap_up_ends_by_itself_after_the_menus_or_the_organisations_seconds() =>
        _scenarios.Wrap_up_ends_by_itself_after_the_menus_or_the_organisations_seconds();

    [PostgresFact]
    public Task A_transfer_to_another_menu_wraps_up_the_first_agent_and_queues_the_call_again() =>
        _scenarios.A_transfer_to_another_menu_wraps_up_the_first_agent_and_queues_the_call_again();

    [PostgresFact]
    public Task A_chat_puts_the_agent_in_chat_and_keeps_its_messages() => _scenarios.A_chat_puts_the_agent_in_chat_and_keeps_its_messages();

    [PostgresFact]
    public Task Concurrent_repeats_of_a_new_call_record_it_once_and_calls_of_many_agents_all_apply() =>
        _scenarios.Concurrent_repeats_of_a_new_call_record_it_once_and_calls_of_many_agents_all_apply();

    [PostgresFact]
    public Task Only_admins_and_the_system_report_calls_and_chats_and_bad_input_is_refused() =>
        _scenarios.Only_admins_and_the_system_report_calls_and_chats_and_bad_input_is_refused();
}
