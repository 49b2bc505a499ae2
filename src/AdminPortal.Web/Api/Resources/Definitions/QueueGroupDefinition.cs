using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Queue groups: everyone reads them; admins write them, menus included, through <see cref="QueueGroupService"/>.</summary>
public sealed class QueueGroupDefinition(ApiCaller caller, QueueGroupService groups, AdminPortalDbContext db) : ProductDefinition<QueueGroup>(caller)
{
    public override async Task<object> CreateAsync(ResourceWrite<QueueGroup> write, CancellationToken cancellationToken)
    {
        var group = write.Resource;
        var menus = write.Targets(g => g.Menus) ? MenuIds(group) : null;
        return (await groups.CreateAsync(Actor, DetailsOf(group), menus, cancellationToken)).Id;
    }

    public override async Task UpdateAsync(ResourceWrite<QueueGroup> write, CancellationToken cancellationToken)
    {
        var group = write.Resource;
        if (write.Members.Attributes.Count > 0)
        {
            await groups.UpdateAsync(Actor, group.Id, DetailsOf(group), cancellationToken);
        }

        if (write.Targets(g => g.Menus))
        {
            await groups.SetMenusAsync(Actor, group.Id, await MenusAfterAsync(group, write.Kind, cancellationToken), cancellationToken);
        }
    }

    public override Task DeleteAsync(object id, CancellationToken cancellationToken) => groups.DeleteAsync(Actor, IdOf(id), cancellationToken);

    private static QueueGroupDetails DetailsOf(QueueGroup group) => new(group.Name, group.ServiceLevelSeconds, group.ServiceLevelTargetPercent);

    private static List<Guid> MenuIds(QueueGroup group) => [.. group.Menus.Select(m => m.Id)];

    /// <summary>The group's menus once a to-many write is applied: the ones named (replace), or the current ones with them added or removed.</summary>
    private async Task<List<Guid>> MenusAfterAsync(QueueGroup group, WriteKind kind, CancellationToken cancellationToken)
    {
        var named = MenuIds(group);
        if (kind is not (WriteKind.AddToRelationship or WriteKind.RemoveFromRelationship))
        {
            return named;
        }

        var current = await db.Menus.Where(m => m.QueueGroupId == group.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        return kind == WriteKind.AddToRelationship ? [.. current.Union(named)] : [.. current.Except(named)];
    }
}
