using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Listings;

/// <summary>The organisation's user statuses, built-in ones with their seed 004 ids, in the organisation's order (position).</summary>
public sealed class StatusDirectory(AdminPortalDbContext db)
{
    public static ListFields<UserStatus> Fields { get; } = new ListFields<UserStatus>(s => s.NumericId, "position")
        .Add("id", s => s.NumericId)
        .Add("name", s => s.Name)
        .Add("color", s => s.Color)
        .Add("wfm_id", s => s.WfmId)
        .Add("position", s => s.Position)
        .Add("deleted", s => s.Deleted);

    public async Task<ListPage<StatusRecord>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var statuses = query.WithDeleted ? db.UserStatuses : db.UserStatuses.Where(s => !s.Deleted);
        return await Fields.PageAsync(statuses, query, DirectoryProjections.Status, cancellationToken);
    }
}
