using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Seeding;

/// <summary>
/// Writes a workforce and its generated history in bulk, agents in groups so memory stays bounded,
/// all in one transaction (the caller's, or its own). Numeric ids are reserved a block per kind and group.
/// </summary>
public sealed class WorkforceWriter(AdminPortalDbContext db)
{
    public const string AgentTeamJoin = TeamMemberCounts.JoinEntity;
    private const int AgentsPerGroup = 500;

    public async Task<SeedCounts> WriteAsync(Workforce workforce, StatusSet statuses, HistorySettings historySettings, CancellationToken cancellationToken = default)
    {
        await using var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (db.Database.IsSqlite())
        {
            // a large page cache keeps the indexes being filled in memory until the commit
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }

        var inserter = new BulkInserter(db);
        var history = new History();
        var generator = new ActivityHistoryGenerator(statuses, historySettings);
        var assignmentsByAgent = workforce.AgentAssignments.ToLookup(a => a.AgentId);
        var membershipsByAgent = workforce.Memberships.ToLookup(m => m.AgentId);
        int activity = 0, operatorStatuses = 0, calls = 0, chats = 0;

        await NumericIds.NumberAsync(db, [.. workforce.CustomStatuses, .. workforce.Teams, .. workforce.Menus], cancellationToken);
        TeamMemberCounts.Set(workforce.Teams, workforce.Memberships.Select(m => m.TeamId));
        await inserter.InsertAsync(workforce.CustomStatuses, cancellationToken);
        await inserter.InsertAsync(workforce.Teams, cancellationToken);
        await inserter.InsertAsync(workforce.Menus, cancellationToken);
        await inserter.InsertAsync(workforce.TeamAssignments, cancellationToken);

        foreach (var group in workforce.Agents.Select((agent, index) => (agent, index)).Chunk(AgentsPerGroup))
        {
            foreach (var (agent, index) in group)
            {
                generator.Generate(agent, index, assignmentsByAgent[agent.Id].ToList(), history);
            }

            var agents = group.Select(g => g.agent).ToList();
            await NumericIds.NumberAsync(db, [.. agents, .. history.Calls, .. history.Chats, .. history.ActivityLogs], cancellationToken);
            await inserter.InsertAsync(agents, cancellationToken);
            await inserter.InsertJoinRowsAsync(AgentTeamJoin, agents.SelectMany(a => membershipsByAgent[a.Id]).Select(JoinRow), cancellationToken);
            await inserter.InsertAsync(agents.SelectMany(a => assignmentsByAgent[a.Id]), cancellationToken);
            calls += await inserter.InsertAsync(history.Calls, cancellationToken);
            chats += await inserter.InsertAsync(history.Chats, cancellationToken);
            activity += await inserter.InsertAsync(history.ActivityLogs, cancellationToken);
            operatorStatuses += await inserter.InsertAsync(history.OperatorStatuses, cancellationToken);
            history.Clear();
        }

        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return new SeedCounts(
            workforce.Agents.Count, workforce.Teams.Count, workforce.Menus.Count, workforce.Memberships.Count,
            workforce.AgentAssignments.Count, workforce.TeamAssignments.Count, workforce.CustomStatuses.Count,
            activity, operatorStatuses, calls, chats);
    }

    private static IReadOnlyDictionary<string, object> JoinRow(AgentTeamLink membership) => new Dictionary<string, object>
    {
        ["AgentsId"] = membership.AgentId,
        ["TeamsId"] = membership.TeamId,
    };
}
