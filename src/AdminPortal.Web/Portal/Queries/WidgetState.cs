using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record WidgetAgent(Guid Id, string Name, Guid StatusId, string StatusName, string StatusColor, StatusCategory Category, DateTime StatusUpdatedAt)
{
    /// <summary>False while the agent is in an offline status: the widget then offers to sign in.</summary>
    public bool SignedIn => Category != StatusCategory.Offline;
}

/// <summary>The signed-in agent's own status, for the widget.</summary>
public sealed class WidgetState(AdminPortalDbContext db)
{
    public async Task<WidgetAgent?> OfAgentAsync(Guid agentId, CancellationToken cancellationToken = default)
    {
        var row = await db.Agents.AsNoTracking().Where(a => a.Id == agentId)
            .Select(a => new { a.Id, a.FirstName, a.MiddleName, a.LastName, a.StatusId, a.Status!.Name, a.Status.Color, a.Status.Category, a.StatusUpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new WidgetAgent(row.Id, AgentName.Of(row.FirstName, row.MiddleName, row.LastName), row.StatusId, row.Name, row.Color, row.Category, row.StatusUpdatedAt);
    }
}
