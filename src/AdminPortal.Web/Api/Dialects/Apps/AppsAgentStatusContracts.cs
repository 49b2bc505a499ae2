using System.Text.Json;
using System.Text.Json.Serialization;
using AdminPortal.Domain.Listings;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Web.Api.Dialects.Apps;

/// <summary>Seed 002's change: <c>{"status", "agent_ids", "team_ids"}</c>; the ids are integers (or UUID strings).</summary>
public sealed record AppsStatusChange(string? Status, IReadOnlyList<JsonElement>? AgentIds, IReadOnlyList<JsonElement>? TeamIds);

/// <summary>Seed 002's read: <c>{"agent_ids", "team_ids"}</c>, both optional.</summary>
public sealed record AppsStatusQuery(IReadOnlyList<JsonElement>? AgentIds, IReadOnlyList<JsonElement>? TeamIds);

/// <summary>Seed 002's result of one agent; <c>message</c> only when its change was refused.</summary>
public sealed record AppsStatusChangeResult(
    long AgentId,
    string Name,
    string Email,
    string? AgentNumber,
    string PreviousStatus,
    string CurrentStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message)
{
    public static AppsStatusChangeResult From(StatusChangeOutcome outcome) => new(
        outcome.AgentNumericId, outcome.Name, outcome.Email, outcome.AgentNumber, outcome.PreviousStatus, outcome.CurrentStatus, outcome.Message);
}

/// <summary>Seed 002's status of one agent. <c>ip_addrs</c> is empty: the product records no agent's addresses.</summary>
public sealed record AppsStatusRead(long AgentId, string Name, string Email, string? AgentNumber, string Status, IReadOnlyList<string> IpAddrs)
{
    public static AppsStatusRead From(AgentStatusRead read) => new(read.Id, read.Name, read.Email, read.AgentNumber, read.Status, []);
}
