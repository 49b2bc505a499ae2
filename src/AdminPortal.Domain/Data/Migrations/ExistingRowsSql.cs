namespace AdminPortal.Domain.Data.Migrations;

/// <summary>
/// What migration NumericIdsCredentialsAndUniqueness does to rows written before it, the same SQL on SQLite (3.33+) and
/// PostgreSQL: values the new unique indexes would refuse are told apart (later duplicates of a sibling name get
/// " (2)", " (3)"…; a duplicate email gets a "duplicate-N-" prefix; a duplicate extension or WFM id is cleared), then
/// every row gets a numeric id in creation order (built-in statuses their seed 004 id) and each organisation's
/// counters start after the highest id handed out.
/// </summary>
internal static class ExistingRowsSql
{
    public static readonly string[] MakeUnique =
    [
        RenameLaterDuplicates("teams", "name", "organisation_id, parent_id, lower(name)", "position, id", "NOT deleted"),
        RenameLaterDuplicates("menus", "name", "organisation_id, parent_id, lower(name)", "position, id", "NOT deleted"),
        RenameLaterDuplicates("user_statuses", "name", "organisation_id, lower(name)", "built_in_id IS NULL, position, id", "NOT deleted"),
        RenameLaterDuplicates("agents", "agent_number", "organisation_id, agent_number", "created_at, id", "agent_number IS NOT NULL"),
        Duplicates("agents", "email = 'duplicate-' || d.rn || '-' || agents.email", "organisation_id, lower(email)", "created_at, id", "1 = 1"),
        Duplicates("agents", "extension_number = NULL", "organisation_id, extension_number", "created_at, id", "extension_number IS NOT NULL"),
        Duplicates("user_statuses", "wfm_id = NULL", "organisation_id, wfm_id", "built_in_id IS NULL, position, id", "wfm_id IS NOT NULL AND NOT deleted"),
    ];

    public static readonly string[] Number =
    [
        Numbered("agents", "created_at, id", "1 = 1"),
        Numbered("teams", "id", "1 = 1"),
        Numbered("menus", "id", "1 = 1"),
        "UPDATE user_statuses SET numeric_id = built_in_id WHERE built_in_id IS NOT NULL",
        Numbered("user_statuses", "position, id", "built_in_id IS NULL"),
        Numbered("agent_activity_logs", "started_at, id", "1 = 1"),
        Numbered("calls", "created_at, id", "1 = 1"),
        Numbered("chats", "created_at, id", "1 = 1"),
        Counter("Agent", "agents"),
        Counter("Team", "teams"),
        Counter("Menu", "menus"),
        Counter("UserStatus", "user_statuses"),
        Counter("AgentActivityLog", "agent_activity_logs"),
        Counter("Call", "calls"),
        Counter("Chat", "chats"),
    ];

    private static string RenameLaterDuplicates(string table, string column, string partition, string order, string where) =>
        Duplicates(table, $"{column} = {table}.{column} || ' (' || d.rn || ')'", partition, order, where);

    private static string Duplicates(string table, string set, string partition, string order, string where) => $"""
        UPDATE {table} SET {set}
        FROM (SELECT id, row_number() OVER (PARTITION BY {partition} ORDER BY {order}) AS rn FROM {table} WHERE {where}) AS d
        WHERE {table}.id = d.id AND d.rn > 1
        """;

    private static string Numbered(string table, string order, string where) => $"""
        UPDATE {table} SET numeric_id = d.rn
        FROM (SELECT id, row_number() OVER (PARTITION BY organisation_id ORDER BY {order}) AS rn FROM {table} WHERE {where}) AS d
        WHERE {table}.id = d.id
        """;

    private static string Counter(string kind, string table) => $"""
        INSERT INTO numeric_id_counters (organisation_id, kind, last_value)
        SELECT organisation_id, '{kind}', max(numeric_id) FROM {table} GROUP BY organisation_id
        """;
}
