using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Listings;
using AdminPortal.Web.Api.Auth;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's objects, member for member and in the order of its examples; integer ids are numeric ids.</summary>
public sealed record ManagerStatus(long Id, string Name, string Color, int? WfmId)
{
    public static ManagerStatus From(StatusRecord status) => new(status.Id, status.Name, status.Color, status.WfmId);
}

public sealed record ManagerTeam(long Id, string Name, long? ParentId, int Position, int AgentsCount, bool Deleted)
{
    public static ManagerTeam From(TeamRecord team) => new(team.Id, team.Name, team.ParentId, team.Position, team.AgentsCount, team.Deleted);
}

public sealed record ManagerMenu(long Id, string Name, long? ParentId, int Position, bool Deleted, string MenuType, string? OutputMsg, bool Hidden)
{
    public static ManagerMenu From(MenuRecord menu) =>
        new(menu.Id, menu.Name, menu.ParentId, menu.Position, menu.Deleted, MenuTypeName(menu.MenuType), menu.OutputMsg, menu.Hidden);

    public static string MenuTypeName(MenuType type) => SnakeCaseEnum<MenuType>.ToName(type);
}

public sealed record ManagerChannel(string ChannelType, ManagerMenu Menu);

/// <summary>An agent named inside another object (an assignee, a whodunnit).</summary>
public sealed record ManagerPerson(long Id, string? AgentNumber, string Name, string LastName, string FirstName, string? AvatarUrl)
{
    public static ManagerPerson From(PersonRecord person) =>
        new(person.Id, person.AgentNumber, person.Name, person.LastName, person.FirstName, person.AvatarUrl);
}

/// <summary>
/// Seed 004's agent. <c>crm_authenticated</c> is always false: the product signs no agent in to a CRM. <c>roles</c>
/// holds the agent's one role.
/// </summary>
public sealed record ManagerAgent(
    long Id,
    string Email,
    IReadOnlyList<string> Roles,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? AvatarUrl,
    string? AgentNumber,
    bool CrmAuthenticated,
    ManagerStatus Status,
    bool Online,
    bool WrapUp,
    int CallCount,
    int ChatCount,
    string? Location,
    DateTime CreatedAt,
    DateTime? LastLoginTime,
    DateTime? StatusUpdatedAt,
    IReadOnlyList<ManagerTeam> Teams,
    IReadOnlyList<ManagerChannel> Channels)
{
    public static ManagerAgent From(AgentRecord agent) => new(
        agent.Id, agent.Email, [ApiRoles.Name(agent.Role)], agent.FirstName, agent.MiddleName, agent.LastName, agent.AvatarUrl, agent.AgentNumber,
        false, ManagerStatus.From(agent.Status), agent.Online, agent.WrapUp, agent.CallCount, agent.ChatCount, agent.Location,
        agent.CreatedAt, agent.LastLoginTime, agent.StatusUpdatedAt,
        [.. agent.Teams.Select(ManagerTeam.From)], [.. agent.Channels.Select(c => new ManagerChannel(c.ChannelType, ManagerMenu.From(c.Menu)))]);
}

/// <summary>Seed 004's <c>agents/current_status</c> item; <c>on_hold_duration</c> in whole seconds.</summary>
public sealed record ManagerCurrentStatus(long Id, string Status, long StatusId, DateTime StatusUpdatedAt, bool OnHold, int OnHoldDuration)
{
    public static ManagerCurrentStatus From(AgentCurrentStatus status) =>
        new(status.Id, status.Status, status.StatusId, status.StatusUpdatedAt, status.OnHold, status.OnHoldSeconds);
}

public sealed record ManagerTeamWithAssignees(long Id, string Name, long? ParentId, int Position, int AgentsCount, bool Deleted, IReadOnlyList<ManagerPerson> Assignees)
{
    public static ManagerTeamWithAssignees From(TeamWithAssignees team) => new(
        team.Team.Id, team.Team.Name, team.Team.ParentId, team.Team.Position, team.Team.AgentsCount, team.Team.Deleted, [.. team.Assignees.Select(ManagerPerson.From)]);
}

public sealed record ManagerTeamNode(long Id, string Name, long? ParentId, int Position, int AgentsCount, bool Deleted, IReadOnlyList<ManagerTeamNode> Children)
{
    public static ManagerTeamNode From(TeamTreeNode node) => new(
        node.Team.Id, node.Team.Name, node.Team.ParentId, node.Team.Position, node.Team.AgentsCount, node.Team.Deleted, [.. node.Children.Select(From)]);
}

public sealed record ManagerAgentAssignment(string Lang, string QueueLevel, string ChannelType, ManagerPerson Assignee);

public sealed record ManagerTeamAssignment(string Lang, string QueueLevel, string ChannelType, ManagerTeamWithAssignees Team);

public sealed record ManagerMenuWithAssignments(
    long Id,
    string Name,
    long? ParentId,
    int Position,
    bool Deleted,
    string MenuType,
    string? OutputMsg,
    bool Hidden,
    IReadOnlyList<ManagerAgentAssignment> AgentAssignments,
    IReadOnlyList<ManagerTeamAssignment> TeamAssignments)
{
    public static ManagerMenuWithAssignments From(MenuWithAssignments menu) => new(
        menu.Menu.Id, menu.Menu.Name, menu.Menu.ParentId, menu.Menu.Position, menu.Menu.Deleted, ManagerMenu.MenuTypeName(menu.Menu.MenuType), menu.Menu.OutputMsg,
        menu.Menu.Hidden,
        [.. menu.AgentAssignments.Select(a => new ManagerAgentAssignment(a.Lang, a.QueueLevel, a.ChannelType, ManagerPerson.From(a.Assignee)))],
        [.. menu.TeamAssignments.Select(a => new ManagerTeamAssignment(a.Lang, a.QueueLevel, a.ChannelType, ManagerTeamWithAssignees.From(a.Team)))]);
}

public sealed record ManagerMenuNode(
    long Id, string Name, long? ParentId, int Position, bool Deleted, string MenuType, string? OutputMsg, bool Hidden, IReadOnlyList<ManagerMenuNode> Children)
{
    public static ManagerMenuNode From(MenuTreeNode node) => new(
        node.Menu.Id, node.Menu.Name, node.Menu.ParentId, node.Menu.Position, node.Menu.Deleted, ManagerMenu.MenuTypeName(node.Menu.MenuType), node.Menu.OutputMsg,
        node.Menu.Hidden, [.. node.Children.Select(From)]);
}

/// <summary>Seed 004's activity log; <c>duration</c> in whole seconds, 0 while the interval is open.</summary>
public sealed record ManagerActivity(
    long Id, long AgentId, ManagerStatus? Status, DateTime StartedAt, DateTime? EndedAt, long Duration, long? CallId, long? ChatId, string Activity, ManagerPerson? Whodunnit)
{
    public static ManagerActivity From(ActivityRecord activity) => new(
        activity.Id, activity.AgentId, activity.Status is null ? null : ManagerStatus.From(activity.Status), activity.StartedAt, activity.EndedAt,
        (long)Math.Round(activity.Duration ?? 0, MidpointRounding.AwayFromZero), activity.CallId, activity.ChatId, activity.Activity,
        activity.Whodunnit is null ? null : ManagerPerson.From(activity.Whodunnit));
}
