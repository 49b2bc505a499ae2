using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>Which agents have a call on hold, and since when.</summary>
public interface IAgentHolds
{
    /// <summary>The start of the current hold of each of <paramref name="agentIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<Guid, DateTime>> HeldSinceAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default);
}

/// <summary>The holds the live call intake records: a call held now (<c>held</c>, not yet <c>resumed</c>) by its agent.</summary>
public sealed class CallHolds(AdminPortalDbContext db) : IAgentHolds
{
    public async Task<IReadOnlyDictionary<Guid, DateTime>> HeldSinceAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        if (agentIds.Count == 0)
        {
            return new Dictionary<Guid, DateTime>();
        }

        var ids = agentIds.ToList();
        var held = await db.Calls.AsNoTracking()
            .Where(c => c.AgentId != null && ids.Contains(c.AgentId.Value) && c.HoldStartedAt != null && c.EndedAt == null)
            .Select(c => new { AgentId = c.AgentId!.Value, Since = c.HoldStartedAt!.Value })
            .ToListAsync(cancellationToken);
        return held.GroupBy(h => h.AgentId).ToDictionary(g => g.Key, g => g.Min(h => h.Since).AsUtc());
    }
}
