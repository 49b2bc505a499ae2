using System.Linq.Expressions;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Web.Api.Callers;
using JsonApi.Definitions;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Api.Resources.Definitions;

/// <summary>Statuses: everyone reads them; admins add custom ones; the service refuses renaming or deleting a built-in one.</summary>
public sealed class UserStatusDefinition(ApiCaller caller, IUserStatusService statuses, DeletedRows deleted, AdminPortalDbContext db)
    : ProductDefinition<UserStatus>(caller)
{
    public override Expression<Func<UserStatus, bool>>? BaseFilter => deleted.Requested ? null : s => !s.Deleted;

    public override async Task<object?> CreateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var status = await statuses.CreateAsync(Actor, new UserStatusDetails(
            Required<string>(write, "name"),
            write.GetAttribute<string>("color") ?? "grey",
            write.GetAttribute<int?>("wfm_id"),
            write.GetAttribute<object>("category") is StatusCategory category ? category : StatusCategory.Busy), cancellationToken);
        return status.Id;
    }

    public override async Task<bool> UpdateAsync(ResourceWrite write, CancellationToken cancellationToken)
    {
        var id = IdOf(write.Id);
        var current = await db.UserStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new EntityNotFoundException("UserStatus", id);
        await statuses.UpdateAsync(Actor, id, new UserStatusDetails(
            write.GetAttribute("name", current.Name) ?? current.Name,
            write.GetAttribute("color", current.Color) ?? current.Color,
            write.GetAttribute("wfm_id", current.WfmId),
            write.GetAttribute<object>("category") is StatusCategory category ? category : current.Category), cancellationToken);
        return true;
    }

    public override async Task<bool> DeleteAsync(object id, CancellationToken cancellationToken)
    {
        await statuses.DeleteAsync(Actor, IdOf(id), cancellationToken);
        return true;
    }
}
