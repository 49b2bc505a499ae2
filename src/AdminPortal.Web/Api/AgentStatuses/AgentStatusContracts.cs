using System.Text.Json.Serialization;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Web.Api.AgentStatuses;

/// <summary>Seed 002 request: <c>{"status", "agent_ids", "team_ids"}</c>.</summary>
public sealed record AgentStatusChangeRequest(string? Status, IReadOnlyList<string>? AgentIds, IReadOnlyList<string>? TeamIds);

/// <summary>Seed 002 result of one agent; <c>message</c> only when the change was refused.</summary>
public sealed record AgentStatusChangeResult(
    Guid AgentId,
    string Name,
    string Email,
    string? AgentNumber,
    string PreviousStatus,
    string CurrentStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message)
{
    public static AgentStatusChangeResult From(StatusChangeOutcome outcome) =>
        new(outcome.AgentId, outcome.Name, outcome.Email, outcome.AgentNumber, outcome.PreviousStatus, outcome.CurrentStatus, outcome.Message);
}

/// <summary>Seed 002 ids of a status read: <c>{"agent_ids", "team_ids"}</c>.</summary>
public sealed record AgentStatusQuery(IReadOnlyList<string>? AgentIds, IReadOnlyList<string>? TeamIds);

/// <summary>Seed 002 status of one agent. <c>ip_addrs</c> is always empty: the product does not record agents' addresses.</summary>
public sealed record AgentStatusRead(Guid AgentId, string Name, string Email, string? AgentNumber, string Status, IReadOnlyList<string> IpAddrs);
