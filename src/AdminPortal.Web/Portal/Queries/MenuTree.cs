using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Portal.Queries;

public sealed record MenuNode(Guid Id, string Name, Guid? ParentId, int Position, MenuType MenuType, bool Hidden, string? OutputMsg);

/// <summary>The menu (queue) tree of the organisation.</summary>
public sealed class MenuTree(AdminPortalDbContext db)
{
    public async Task<IReadOnlyList<MenuNode>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Menus.AsNoTracking()
            .Where(m => !m.Deleted)
            .OrderBy(m => m.Position).ThenBy(m => m.Name)
            .Select(m => new MenuNode(m.Id, m.Name, m.ParentId, m.Position, m.MenuType, m.Hidden, m.OutputMsg))
            .ToListAsync(cancellationToken);
}
