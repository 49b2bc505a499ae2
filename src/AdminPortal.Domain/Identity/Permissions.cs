namespace AdminPortal.Domain.Identity;

/// <summary>
/// What an actor may do. The services refuse what these deny (<c>ActorGuard</c>); the portal shows each user only the
/// actions these allow, so nobody sees a button that can only fail.
/// </summary>
public static class Permissions
{
    /// <summary>Agents, roles, teams and their members, menus, queue assignments and custom statuses: admins only.</summary>
    public static bool MayManageOrganisation(this Actor actor) => actor.IsAdmin;

    /// <summary>Changing other agents' statuses: admins (everyone) and supervisors (the agents of their teams).</summary>
    public static bool MayChangeOthersStatus(this Actor actor) => actor.IsSupervisorOrAdmin;
}
