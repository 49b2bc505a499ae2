using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Who reads the organisation's directory in bulk (every agent, team, menu, status and activity row, as the manager API
/// of seed 004 serves them): admins, supervisors and organisation credentials. An agent reads its own data elsewhere.
/// </summary>
internal static class DirectoryAccess
{
    public const string ManagersOnly = "Only admins, supervisors and organisation credentials read the organisation's directory.";

    public static void EnsureReader(this AdminPortalDbContext db, Actor actor)
    {
        db.EnsureTenant(actor);
        if (!actor.IsSupervisorOrAdmin)
        {
            throw new PermissionDeniedException(ManagersOnly);
        }
    }
}
