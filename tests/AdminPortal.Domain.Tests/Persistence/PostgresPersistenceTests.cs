using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

public sealed class PostgresPersistenceTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    private readonly PersistenceScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Agent_loads_with_status_teams_assignments_status_changes_and_activity() => _scenarios.Agent_loads_with_status_teams_assignments_status_changes_and_activity();

    [PostgresFact]
    public Task Team_tree_loads_with_parent_children_members_and_assignments() => _scenarios.Team_tree_loads_with_parent_children_members_and_assignments();

    [PostgresFact]
    public Task Menu_tree_loads_with_type_children_and_assignments() => _scenarios.Menu_tree_loads_with_type_children_and_assignments();

    [PostgresFact]
    public Task Activity_log_loads_with_agent_whodunnit_status_call_and_chat() => _scenarios.Activity_log_loads_with_agent_whodunnit_status_call_and_chat();

    [PostgresFact]
    public Task Call_and_chat_load_with_selected_menu_and_agent() => _scenarios.Call_and_chat_load_with_selected_menu_and_agent();

    [PostgresFact]
    public Task Organisation_loads_with_its_agents_teams_menus_and_statuses() => _scenarios.Organisation_loads_with_its_agents_teams_menus_and_statuses();

    [PostgresFact]
    public Task Operator_status_loads_with_agent_changer_status_and_organisation_and_stores_snake_case() =>
        _scenarios.Operator_status_loads_with_agent_changer_status_and_organisation_and_stores_snake_case();

    [PostgresFact]
    public Task Agent_email_is_unique_within_an_organisation() => _scenarios.Agent_email_is_unique_within_an_organisation();

    [PostgresFact]
    public Task Bulk_written_rows_load_with_their_relationships() => _scenarios.Bulk_written_rows_load_with_their_relationships();
}
