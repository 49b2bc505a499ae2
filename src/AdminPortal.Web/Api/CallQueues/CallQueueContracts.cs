namespace AdminPortal.Web.Api.CallQueues;

/// <summary>Seed 001 shapes: a call queue is one of our menus; its agents answer its main line directly or through its teams.</summary>
public sealed record QueueAgentList(IReadOnlyList<QueueAgent> Items);

public sealed record QueueAgent(string? ExtensionNumber, string DisplayName, int SkillLevel);

public sealed record QueueAgentWithStatus(string? ExtensionNumber, string DisplayName, int SkillLevel, string Status);

public sealed record QueueAgentReplacement(IReadOnlyList<QueueAgentReplacementItem?>? Items);

public sealed record QueueAgentReplacementItem(string? ExtensionNumber, int? SkillLevel);

public sealed record QueueAgentStatusChange(string? Status);
