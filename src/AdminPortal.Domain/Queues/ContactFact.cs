namespace AdminPortal.Domain.Queues;

/// <summary>
/// One event as the lifecycle sees it: its type and time, the agent it is about (offered, connected, missed, whose
/// wrap-up ended, who set a disposition), the menu and language (queued; transferred to a menu), the agent a transfer
/// goes to, and a detail (the fail reason of an abandon, who disconnected, the sender of a chat message: end_user or
/// agent, the group of an offer, the code of a disposition, the rating and feedback of a
/// survey: see <see cref="ContactRatings"/>).
/// </summary>
public sealed record ContactFact(
    ContactEventType Type,
    DateTime At,
    Guid? AgentId = null,
    Guid? MenuId = null,
    string? Lang = null,
    Guid? ToAgentId = null,
    string? Detail = null);
