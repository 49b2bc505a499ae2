using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// The call or chat an agent's current status belongs to (its open activity interval is linked to it): since when,
/// on which menu, whether on hold, whether it is the wrap-up of it. <see cref="NextStatus"/> is where the agent goes when
/// its work ends.
/// </summary>
public sealed record AgentWork(
    Guid AgentId,
    ContactKind Kind,
    Guid ContactId,
    long NumericId,
    string? ExternalId,
    string? MenuPath,
    string Status,
    DateTime Since,
    bool OnHold,
    bool WrappingUp)
{
    public string? NextStatus { get; init; }
}

/// <summary>What agents are working on, for the board and the widget.</summary>
public sealed class AgentWorkQuery(AdminPortalDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, AgentWork>> OfAgentsAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        if (agentIds.Count == 0)
        {
            return new Dictionary<Guid, AgentWork>();
        }

        var ids = agentIds.ToList();
        var wrapUp = BuiltInStatuses.WrapUp.BuiltInId;
        var rows = await db.AgentActivityLogs.AsNoTracking()
            .Where(l => ids.Contains(l.AgentId) && l.EndedAt == null && (l.CallId != null || l.ChatId != null) && l.Agent!.StatusId == l.StatusId)
            .Select(l => new
            {
                l.AgentId,
                l.StartedAt,
                l.CallId,
                l.ChatId,
                Status = l.Status!.Name,
                WrappingUp = l.Status.BuiltInId == wrapUp,
                Next = l.Agent!.NextStatus!.Name,
                CallNumber = (long?)l.Call!.NumericId,
                CallExternal = l.Call.ExternalId,
                CallPath = l.Call.MenuPath,
                OnHold = l.Call.HoldStartedAt != null,
                ChatNumber = (long?)l.Chat!.NumericId,
                ChatExternal = l.Chat.ExternalId,
                ChatPath = l.Chat.MenuPath,
            })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.AgentId)
            .Select(g => g.OrderByDescending(r => r.StartedAt).First())
            .ToDictionary(r => r.AgentId, r => r.CallId is { } callId
                ? new AgentWork(r.AgentId, ContactKind.Call, callId, r.CallNumber ?? 0, r.CallExternal, r.CallPath, r.Status, r.StartedAt.AsUtc(), r.OnHold, r.WrappingUp) { NextStatus = r.Next }
                : new AgentWork(r.AgentId, ContactKind.Chat, r.ChatId!.Value, r.ChatNumber ?? 0, r.ChatExternal, r.ChatPath, r.Status, r.StartedAt.AsUtc(), false, r.WrappingUp) { NextStatus = r.Next });
    }

    /// <summary>The agent's next status when no call or chat shows it (e.g. picked during a call that just ended).</summary>
    public async Task<string?> NextStatusAsync(Guid agentId, CancellationToken cancellationToken = default) =>
        await db.Agents.AsNoTracking().Where(a => a.Id == agentId).Select(a => a.NextStatus!.Name).FirstOrDefaultAsync(cancellationToken);
}
