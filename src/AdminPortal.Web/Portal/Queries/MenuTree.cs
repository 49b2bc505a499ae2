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

    /// <summary>The direct agent and team assignments of a menu (they stop answering when it is deleted).</summary>
    public async Task<(int Agents, int Teams)> AssignmentCountsAsync(Guid menuId, CancellationToken cancellationToken = default) =>
        (await db.AgentAssignments.AsNoTracking().CountAsync(a => a.MenuId == menuId, cancellationToken),
         await db.TeamAssignments.AsNoTracking().CountAsync(a => a.MenuId == menuId, cancellationToken));

    /// <summary>The menu as a choice, for a filter read from a link.</summary>
    public async Task<Choice?> ChoiceAsync(Guid menuId, CancellationToken cancellationToken = default) =>
        await db.Menus.AsNoTracking().Where(m => m.Id == menuId && !m.Deleted)
            .Select(m => new Choice(m.Id, m.Parent != null ? m.Parent.Name + " › " + m.Name : m.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>For pickers: menus whose name contains the text (shown under their parent: names repeat across branches), at most <paramref name="take"/>; never all of them.</summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        var menus = db.Menus.AsNoTracking().Where(m => !m.Deleted);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lower = text.Trim().ToLower();
            menus = menus.Where(m => m.Name.ToLower().Contains(lower));
        }

        return await menus.OrderBy(m => m.Name).ThenBy(m => m.Id).Take(take)
            .Select(m => new Choice(m.Id, m.Parent != null ? m.Parent.Name + " › " + m.Name : m.Name))
            .ToListAsync(cancellationToken);
    }
}
