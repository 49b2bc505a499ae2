using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record WidgetAgent(Guid Id, string Name, Guid StatusId, string StatusName, string StatusColor, StatusCategory Category, DateTime StatusUpdatedAt);

/// <summary>The signed-in agent's own status, for the widget.</summary>
public sealed class WidgetState(AdminPortalDbContext db)
{
    public Task<WidgetAgent?> OfAgentAsync(Guid agentId, CancellationToken cancellationToken = default) =>
        db.Agents.AsNoTracking().Where(a => a.Id == agentId)
            .Select(a => new WidgetAgent(a.Id, a.FirstName + " " + a.LastName, a.StatusId, a.Status!.Name, a.Status.Color, a.Status.Category, a.StatusUpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);
}
