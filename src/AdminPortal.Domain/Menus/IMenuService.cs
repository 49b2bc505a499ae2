using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Menus;

public sealed record MenuDetails(string Name, MenuType MenuType, bool Hidden, string? OutputMsg);

/// <summary>The menu (queue) tree of the current organisation. Writes need an admin.</summary>
public interface IMenuService
{
    Task<Menu> CreateAsync(Actor actor, MenuDetails details, Guid? parentId, CancellationToken cancellationToken = default);

    Task<Menu> UpdateAsync(Actor actor, Guid menuId, MenuDetails details, CancellationToken cancellationToken = default);

    Task<Menu> MoveAsync(Actor actor, Guid menuId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default);

    Task DeleteAsync(Actor actor, Guid menuId, CancellationToken cancellationToken = default);
}
