using System.Linq.Expressions;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Menus (queues): deleting marks them deleted (hidden unless filtered on); an agent reads the menus it answers, directly or through a team.</summary>
public sealed class MenuDefinition(ApiCaller caller, IMenuService menus, DeletedRows deleted, AdminPortalDbContext db, QueueGroupService serviceLevels)
    : ProductDefinition<Menu>(caller)
{
    public override Expression<Func<Menu, bool>>? BaseFilter
    {
        get
        {
            var showDeleted = deleted.Requested;
            if (IsAgentRole)
            {
                var me = Me;
                return m => (showDeleted || !m.Deleted)
                    && (m.AgentAssignments.Any(a => a.AgentId == me) || m.TeamAssignments.Any(t => !t.Team!.Deleted && t.Team.Agents.Any(a => a.Id == me)));
            }

            return showDeleted ? null : m => !m.Deleted;
        }
    }

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var details = new MenuDetails(
            Required<string>(write, "name"),
            write.GetAttribute<object>("menu_type") is MenuType type ? type : MenuType.IvrMenu,
            write.GetAttribute<bool?>("hidden") ?? false,
            write.GetAttribute<string>("output_msg"));
        var menu = await menus.CreateAsync(Actor, details, write.GetAttribute<Guid?>("parent_id"), cancellationToken);
        if (write.GetAttribute<object>("position") is int position)
        {
            await menus.MoveAsync(Actor, menu.Id, menu.ParentId, position, cancellationToken);
        }

        await SetServiceLevelAsync(menu.Id, write, cancellationToken);
        return menu.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var id = IdOf(write.Id);
        var current = await db.Menus.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Menu", id);
        if (write.HasAttribute("name") || write.HasAttribute("menu_type") || write.HasAttribute("hidden") || write.HasAttribute("output_msg"))
        {
            await menus.UpdateAsync(Actor, id, new MenuDetails(
                write.GetAttribute("name", current.Name) ?? current.Name,
                write.GetAttribute<object>("menu_type") is MenuType type ? type : current.MenuType,
                write.GetAttribute<bool?>("hidden") ?? current.Hidden,
                write.GetAttribute("output_msg", current.OutputMsg)), cancellationToken);
        }

        if (write.HasAttribute("parent_id") || write.HasAttribute("position"))
        {
            await menus.MoveAsync(Actor, id, write.GetAttribute("parent_id", current.ParentId), write.GetAttribute<int?>("position"), cancellationToken);
        }

        await SetServiceLevelAsync(id, write, cancellationToken);
        return true;
    }

    private async Task SetServiceLevelAsync(Guid menuId, ResourceWrite write, CancellationToken cancellationToken)
    {
        if (write.HasAttribute("service_level_seconds"))
        {
            await serviceLevels.SetMenuServiceLevelAsync(Actor, menuId, write.GetAttribute<int?>("service_level_seconds"), cancellationToken);
        }

        if (write.HasAttribute("wrap_up_seconds"))
        {
            await serviceLevels.SetMenuWrapUpAsync(Actor, menuId, write.GetAttribute<int?>("wrap_up_seconds"), cancellationToken);
        }
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await menus.DeleteAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}
