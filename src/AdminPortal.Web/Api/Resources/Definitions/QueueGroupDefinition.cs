using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Queue groups: everyone reads them; admins write them, menus included, through <see cref="QueueGroupService"/>.</summary>
public sealed class QueueGroupDefinition(ApiCaller caller, QueueGroupService groups, AdminPortalDbContext db) : ProductDefinition<QueueGroup>(caller)
{
    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var details = new QueueGroupDetails(
            Required<string>(write, "name"),
            write.GetAttribute<int?>("service_level_seconds") ?? QueueGroup.DefaultServiceLevelSeconds,
            write.GetAttribute<int?>("service_level_target_percent") ?? QueueGroup.DefaultServiceLevelTargetPercent);
        var group = await groups.CreateAsync(Actor, details, MenusOf(write), cancellationToken);
        return group.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var id = IdOf(write.Id);
        var current = await db.QueueGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(QueueGroup), id);
        if (write.Attributes.Count > 0)
        {
            await groups.UpdateAsync(Actor, id, new QueueGroupDetails(
                write.GetAttribute("name", current.Name) ?? current.Name,
                write.GetAttribute<int?>("service_level_seconds") ?? current.ServiceLevelSeconds,
                write.GetAttribute<int?>("service_level_target_percent") ?? current.ServiceLevelTargetPercent), cancellationToken);
        }

        if (MenusOf(write) is { } menus)
        {
            await groups.SetMenusAsync(Actor, id, menus, cancellationToken);
        }

        return true;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await groups.DeleteAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }

    private static List<Guid>? MenusOf(ResourceWrite write) =>
        write.ToMany.TryGetValue("menus", out var ids) ? [.. ids.Select(IdOf)] : null;
}
