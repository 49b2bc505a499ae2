using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.QueueGroups;

public sealed record QueueGroupDetails(
    string Name,
    int ServiceLevelSeconds = QueueGroup.DefaultServiceLevelSeconds,
    int ServiceLevelTargetPercent = QueueGroup.DefaultServiceLevelTargetPercent);

/// <summary>
/// Queue groups and the service level of menus (admins only). A menu belongs to at most one group; deleting a group
/// leaves its menus ungrouped. Names are unique in the organisation (case-insensitive).
/// </summary>
public sealed class QueueGroupService(AdminPortalDbContext db)
{
    public const int NameMaxLength = 200;
    public const int MaxServiceLevelSeconds = 86_400;

    public async Task<QueueGroup> CreateAsync(Actor actor, QueueGroupDetails details, IReadOnlyCollection<Guid>? menuIds = null, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue groups");
        var valid = Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var group = new QueueGroup { OrganisationId = actor.OrganisationId, Name = valid.Name };
            Apply(group, valid);
            db.QueueGroups.Add(group);
            if (menuIds is not null)
            {
                await ReplaceMenusAsync(group, menuIds, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return group;
        }, cancellationToken);
    }

    public async Task<QueueGroup> UpdateAsync(Actor actor, Guid groupId, QueueGroupDetails details, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue groups");
        var valid = Validate(details);
        return await db.InTransactionAsync(async () =>
        {
            var group = await FindAsync(groupId, cancellationToken);
            Apply(group, valid);
            await db.SaveChangesAsync(cancellationToken);
            return group;
        }, cancellationToken);
    }

    /// <summary>Makes <paramref name="menuIds"/> the group's menus (moving them out of any other group).</summary>
    public async Task SetMenusAsync(Actor actor, Guid groupId, IReadOnlyCollection<Guid> menuIds, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue groups");
        await db.InTransactionAsync(async () =>
        {
            var group = await FindAsync(groupId, cancellationToken);
            await ReplaceMenusAsync(group, menuIds, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, Guid groupId, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage queue groups");
        await db.InTransactionAsync(async () =>
        {
            var group = await FindAsync(groupId, cancellationToken);
            await db.Menus.Where(m => m.QueueGroupId == group.Id).ForEachAsync(m => m.QueueGroupId = null, cancellationToken);
            db.QueueGroups.Remove(group);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The menu's own service level in seconds; null falls back to its queue group's.</summary>
    public async Task<Menu> SetMenuServiceLevelAsync(Actor actor, Guid menuId, int? seconds, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        if (seconds is { } value)
        {
            ValidateSeconds(value);
        }

        return await db.InTransactionAsync(async () =>
        {
            var menu = await db.Menus.FirstOrDefaultAsync(m => m.Id == menuId && !m.Deleted, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Menu), menuId);
            menu.ServiceLevelSeconds = seconds;
            await db.SaveChangesAsync(cancellationToken);
            return menu;
        }, cancellationToken);
    }

    /// <summary>The menu's own wrap-up seconds after a call or chat (0–3600); null falls back to the organisation's.</summary>
    public async Task<Menu> SetMenuWrapUpAsync(Actor actor, Guid menuId, int? seconds, CancellationToken cancellationToken = default)
    {
        db.EnsureAdmin(actor, "manage menus");
        if (seconds is < 0 or > Organisations.OrganisationSettings.MaxWrapUpSeconds)
        {
            throw ValidationFailedException.For("wrap_up_seconds", $"wrap_up_seconds must be between 0 and {Organisations.OrganisationSettings.MaxWrapUpSeconds}.");
        }

        return await db.InTransactionAsync(async () =>
        {
            var menu = await db.Menus.FirstOrDefaultAsync(m => m.Id == menuId && !m.Deleted, cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Menu), menuId);
            menu.WrapUpSeconds = seconds;
            await db.SaveChangesAsync(cancellationToken);
            return menu;
        }, cancellationToken);
    }

    private async Task ReplaceMenusAsync(QueueGroup group, IReadOnlyCollection<Guid> menuIds, CancellationToken cancellationToken)
    {
        var wanted = menuIds.Distinct().ToList();
        var menus = await db.Menus.Where(m => wanted.Contains(m.Id) && !m.Deleted).ToListAsync(cancellationToken);
        if (wanted.FirstOrDefault(id => menus.All(m => m.Id != id)) is var missing && missing != Guid.Empty)
        {
            throw new EntityNotFoundException(nameof(Menu), missing);
        }

        var current = await db.Menus.Where(m => m.QueueGroupId == group.Id && !wanted.Contains(m.Id)).ToListAsync(cancellationToken);
        current.ForEach(m => m.QueueGroupId = null);
        menus.ForEach(m => m.QueueGroup = group);
    }

    private async Task<QueueGroup> FindAsync(Guid groupId, CancellationToken cancellationToken) =>
        await db.QueueGroups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(QueueGroup), groupId);

    private static void Apply(QueueGroup group, QueueGroupDetails details)
    {
        group.Name = details.Name;
        group.ServiceLevelSeconds = details.ServiceLevelSeconds;
        group.ServiceLevelTargetPercent = details.ServiceLevelTargetPercent;
    }

    private static QueueGroupDetails Validate(QueueGroupDetails details)
    {
        var name = Trees.RequireName(details.Name, NameMaxLength);
        ValidateSeconds(details.ServiceLevelSeconds);
        if (details.ServiceLevelTargetPercent is < 1 or > 100)
        {
            throw ValidationFailedException.For("service_level_target_percent", "service_level_target_percent must be between 1 and 100.");
        }

        return details with { Name = name };
    }

    private static void ValidateSeconds(int seconds)
    {
        if (seconds is < 1 or > MaxServiceLevelSeconds)
        {
            throw ValidationFailedException.For("service_level_seconds", $"service_level_seconds must be between 1 and {MaxServiceLevelSeconds}.");
        }
    }
}
