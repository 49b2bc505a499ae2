namespace AdminPortal.Domain.Data.Migrations;

/// <summary>
/// What migration ScaleIndexes fills into rows written before it, the same SQL on SQLite and PostgreSQL: each agent's stored
/// full name (as <see cref="Agents.AgentName"/> reads it; every later save keeps it so) and each team's member count.
/// </summary>
internal static class ScaleIndexesSql
{
    public static readonly string[] FillStoredValues =
    [
        """
        UPDATE agents SET name = CASE
            WHEN middle_name IS NULL OR trim(middle_name) = '' THEN first_name || ' ' || last_name
            ELSE first_name || ' ' || middle_name || ' ' || last_name
        END
        """,
        "UPDATE teams SET agents_count = (SELECT COUNT(*) FROM agent_team WHERE agent_team.teams_id = teams.id)",
    ];
}
