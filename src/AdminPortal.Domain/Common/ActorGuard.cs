using AdminPortal.Domain.Data;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Common;

/// <summary>The checks every write starts with: the actor acts for the current tenant and holds the role it needs.</summary>
internal static class ActorGuard
{
    public static void EnsureTenant(this AdminPortalDbContext db, Actor actor)
    {
        if (db.CurrentOrganisationId is null || db.CurrentOrganisationId != actor.OrganisationId)
        {
            throw new PermissionDeniedException("You can only act within your own organisation.");
        }
    }

    public static void EnsureAdmin(this AdminPortalDbContext db, Actor actor, string what)
    {
        db.EnsureTenant(actor);
        if (!actor.MayManageOrganisation())
        {
            throw new PermissionDeniedException($"Only an admin can {what}.");
        }
    }
}
