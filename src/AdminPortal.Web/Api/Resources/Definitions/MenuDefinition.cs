using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using JsonApi.QueryStrings.Expressions;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Menus (queues) through the menu service: details and place in the tree (<c>parent</c>, <c>position</c>), and their own
/// service level through the queue group service; deleting marks them deleted (hidden unless filtered on); an agent reads the
/// menus it answers, directly or through a team.</summary>
public sealed class MenuDefinition(ApiCaller caller, IMenuService menus, QueueGroupService serviceLevels) : ProductDefinition<Menu>(caller)
{
    public override Expression<Func<Menu, bool>>? BaseFilter
    {
        get
        {
            if (!IsAgentRole)
            {
                return null;
            }

            var me = Me;
            return m => m.AgentAssignments.Any(a => a.AgentId == me) || m.TeamAssignments.Any(t => !t.Team!.Deleted && t.Team.Agents.Any(a => a.Id == me));
        }
    }

    public override FilterExpression? OnApplyFilter(FilterExpression? existingFilter) => HideDeletedUnlessAsked(existingFilter, m => m.Deleted);

    public override async Task<object> CreateAsync(ResourceWrite<Menu> write, CancellationToken cancellationToken)
    {
        var menu = write.Resource;
        var created = await menus.CreateAsync(Actor, DetailsOf(menu), menu.ParentId, cancellationToken);
        if (write.Targets(m => m.Position))
        {
            await menus.MoveAsync(Actor, created.Id, created.ParentId, menu.Position, cancellationToken);
        }

        await SetServiceLevelAsync(created.Id, write, cancellationToken);
        return created.Id;
    }

    public override async Task UpdateAsync(ResourceWrite<Menu> write, CancellationToken cancellationToken)
    {
        var menu = write.Resource;
        if (write.Targets(m => m.Name) || write.Targets(m => m.MenuType) || write.Targets(m => m.Hidden) || write.Targets(m => m.OutputMsg))
        {
            await menus.UpdateAsync(Actor, menu.Id, DetailsOf(menu), cancellationToken);
        }

        if (write.Targets(m => m.Parent) || write.Targets(m => m.Position))
        {
            await menus.MoveAsync(Actor, menu.Id, menu.ParentId, write.Targets(m => m.Position) ? menu.Position : null, cancellationToken);
        }

        await SetServiceLevelAsync(menu.Id, write, cancellationToken);
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => menus.DeleteAsync(Actor, IdOf(id), cancellationToken);

    private async Task SetServiceLevelAsync(Guid menuId, ResourceWrite<Menu> write, CancellationToken cancellationToken)
    {
        if (write.Targets(m => m.ServiceLevelSeconds))
        {
            await serviceLevels.SetMenuServiceLevelAsync(Actor, menuId, write.Resource.ServiceLevelSeconds, cancellationToken);
        }

        if (write.Targets(m => m.WrapUpSeconds))
        {
            await serviceLevels.SetMenuWrapUpAsync(Actor, menuId, write.Resource.WrapUpSeconds, cancellationToken);
        }
    }

    private static MenuDetails DetailsOf(Menu menu) => new(menu.Name, menu.MenuType, menu.Hidden, menu.OutputMsg);
}
