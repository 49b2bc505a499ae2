using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record StatusRow(Guid Id, string Name, string Color, int? WfmId, StatusCategory Category, bool System, bool BuiltIn, int Position);

/// <summary>The organisation's statuses (a handful), built-ins first.</summary>
public sealed class StatusList(AdminPortalDbContext db)
{
    public async Task<IReadOnlyList<StatusRow>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.UserStatuses.AsNoTracking()
            .Where(s => !s.Deleted)
            .OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new StatusRow(s.Id, s.Name, s.Color, s.WfmId, s.Category, s.System, s.BuiltInId != null, s.Position))
            .ToListAsync(cancellationToken);
}
