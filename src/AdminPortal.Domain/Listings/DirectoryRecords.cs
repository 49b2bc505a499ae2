using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Listings;

/// <summary>A status as lists show it: its numeric id (a built-in's seed 004 id), name, color and WFM id.</summary>
public sealed record StatusRecord(long Id, string Name, string Color, int? WfmId);

/// <summary>An agent named inside another row (an assignee, who did something).</summary>
public sealed record PersonRecord(long Id, string Name, string FirstName, string LastName, string? AgentNumber, string? AvatarUrl);

public sealed record TeamRecord(long Id, string Name, long? ParentId, int Position, bool Deleted, int AgentsCount);

public sealed record MenuRecord(long Id, string Name, long? ParentId, int Position, bool Deleted, bool Hidden, MenuType MenuType, string? OutputMsg);

/// <summary>A menu an agent answers on a channel, directly or through one of its teams.</summary>
public sealed record ChannelRecord(string ChannelType, MenuRecord Menu);

public sealed record AgentRecord(
    long Id,
    string Email,
    AgentRole Role,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? AvatarUrl,
    string? AgentNumber,
    StatusRecord Status,
    bool Online,
    bool WrapUp,
    int CallCount,
    int ChatCount,
    string? Location,
    DateTime CreatedAt,
    DateTime? LastLoginTime,
    DateTime StatusUpdatedAt,
    IReadOnlyList<TeamRecord> Teams,
    IReadOnlyList<ChannelRecord> Channels);

/// <summary>A signed-in agent's status now; <see cref="OnHoldSeconds"/> is how long its current hold has lasted (0 when not on hold).</summary>
public sealed record AgentCurrentStatus(long Id, string Status, long StatusId, DateTime StatusUpdatedAt, bool OnHold, int OnHoldSeconds);

public sealed record TeamWithAssignees(TeamRecord Team, IReadOnlyList<PersonRecord> Assignees);

public sealed record TeamTreeNode(TeamRecord Team, IReadOnlyList<TeamTreeNode> Children);

public sealed record MenuAgentAssignment(string Lang, string QueueLevel, string ChannelType, PersonRecord Assignee);

public sealed record MenuTeamAssignment(string Lang, string QueueLevel, string ChannelType, TeamWithAssignees Team);

public sealed record MenuWithAssignments(MenuRecord Menu, IReadOnlyList<MenuAgentAssignment> AgentAssignments, IReadOnlyList<MenuTeamAssignment> TeamAssignments);

public sealed record MenuTreeNode(MenuRecord Menu, IReadOnlyList<MenuTreeNode> Children);

/// <summary>One activity interval; <see cref="Duration"/> in seconds, null while open.</summary>
public sealed record ActivityRecord(
    long Id,
    long AgentId,
    PersonRecord? Whodunnit,
    StatusRecord? Status,
    DateTime StartedAt,
    DateTime? EndedAt,
    double? Duration,
    string Activity,
    long? CallId,
    long? ChatId);
