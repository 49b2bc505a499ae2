using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Menus;

/// <summary>
/// The menu (queue) tree. Deleting is soft (<see cref="Menu.Deleted"/>): assignments, calls and chats stay readable.
/// A menu that still has sub-menus (not deleted) can't be deleted: move or delete them first.
/// Deleted menus are treated as missing by every write.
/// </summary>
public sealed class MenuService(AdminPortalDbContext db) : IMenuService
{
    private const int NameMaxLength = 200;
    private const int OutputMsgMaxLength = 4000;

    public async Task<Menu> CreateAsync(Actor actor, MenuDetails details, Guid? parentId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        var valid = Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            if (parentId is { } parent)
            {
                await FindAsync(parent, cancellationToken);
            }

            var siblings = await db.Menus.Where(m => m.ParentId == parentId && !m.Deleted).CountAsync(cancellationToken);
            var menu = new Menu
            {
                OrganisationId = actor.OrganisationId,
                Name = valid.Name,
                MenuType = valid.MenuType,
                Hidden = valid.Hidden,
                OutputMsg = valid.OutputMsg,
                ParentId = parentId,
                Position = siblings,
            };
            db.Menus.Add(menu);
            await db.SaveChangesAsync(cancellationToken);
            return menu;
        }, cancellationToken);
    }

    public async Task<Menu> UpdateAsync(Actor actor, Guid menuId, MenuDetails details, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        var valid = Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var menu = await FindAsync(menuId, cancellationToken);
            menu.Name = valid.Name;
            menu.MenuType = valid.MenuType;
            menu.Hidden = valid.Hidden;
            menu.OutputMsg = valid.OutputMsg;
            await db.SaveChangesAsync(cancellationToken);
            return menu;
        }, cancellationToken);
    }

    public async Task<Menu> MoveAsync(Actor actor, Guid menuId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        return await db.InTransactionAsync(async () =>
        {
            var menu = await FindAsync(menuId, cancellationToken);
            if (newParentId is { } parentId)
            {
                await FindAsync(parentId, cancellationToken);
                var parents = await db.Menus.ToDictionaryAsync(m => m.Id, m => m.ParentId, cancellationToken);
                if (Trees.IsSelfOrDescendant(parentId, menu.Id, parents))
                {
                    throw new RuleViolationException(TreeMessages.MenuCycle);
                }
            }

            menu.ParentId = newParentId;
            var siblings = await db.Menus
                .Where(m => m.ParentId == newParentId && !m.Deleted && m.Id != menu.Id)
                .OrderBy(m => m.Position).ThenBy(m => m.Name)
                .ToListAsync(cancellationToken);
            Trees.Place(siblings, menu, position, (m, p) => m.Position = p);
            await db.SaveChangesAsync(cancellationToken);
            return menu;
        }, cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, Guid menuId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        await db.InTransactionAsync(async () =>
        {
            var menu = await FindAsync(menuId, cancellationToken);
            if (await db.Menus.AnyAsync(m => m.ParentId == menu.Id && !m.Deleted, cancellationToken))
            {
                throw new RuleViolationException($"Menu '{menu.Name}' still has sub-menus; move or delete them first.");
            }

            menu.Deleted = true;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private static MenuDetails Validate(MenuDetails details)
    {
        var name = Trees.RequireName(details.Name, NameMaxLength);
        if (!Enum.IsDefined(details.MenuType))
        {
            throw ValidationFailedException.For("menu_type", "menu_type must be one of: ivr_menu, mobile_menu, web_menu.");
        }

        var output = string.IsNullOrWhiteSpace(details.OutputMsg) ? null : details.OutputMsg.Trim();
        if (output is { Length: > OutputMsgMaxLength })
        {
            throw ValidationFailedException.For("output_msg", $"output_msg can be at most {OutputMsgMaxLength} characters long.");
        }

        return details with { Name = name, OutputMsg = output };
    }

    private async Task<Menu> FindAsync(Guid menuId, CancellationToken cancellationToken) =>
        await db.Menus.FirstOrDefaultAsync(m => m.Id == menuId && !m.Deleted, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Menu), menuId);
}
