using System.Text.Json;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// The body of <c>POST /api/intake/{calls|chats}/{id}/events</c>. Ids of menus and agents are their numeric ids (seed 004)
/// or UUID strings. Every member is optional to the reader (<c>type</c> is checked first); which members an event needs:
/// see <see cref="IntakeEvent"/> and <see cref="IntakeOpenApi"/>.
/// </summary>
public sealed record IntakeEventBody(
    string? Type = null,
    DateTime? OccurredAt = null,
    string? EventId = null,
    JsonElement? MenuId = null,
    string? Lang = null,
    JsonElement? AgentId = null,
    JsonElement? ToMenuId = null,
    JsonElement? ToAgentId = null,
    string? CallType = null,
    string? ChatType = null,
    EndUserBody? EndUser = null,
    string? SupportNumber = null,
    string? FailReason = null,
    string? DisconnectedBy = null,
    string? Sender = null,
    string? Group = null,
    string? Code = null,
    JsonElement? Rating = null,
    string? Feedback = null);

public sealed record EndUserBody(JsonElement? Id = null, string? Identifier = null, string? OutContactId = null);

/// <summary>
/// What the intake did: the contact (numeric id, UUID, the system's id, kind, status now), whether the event was recorded
/// (false: a repeat, with <c>note</c> saying why nothing changed) and what it did to the agent's status.
/// </summary>
public sealed record IntakeEventResponse(long Id, Guid Uuid, string ExternalId, string Kind, string Status, bool Recorded, string? Note, string? AgentStatus)
{
    public static IntakeEventResponse From(IntakeResult result) => new(
        result.NumericId,
        result.ContactId,
        result.ExternalId,
        result.Kind == Domain.Entities.ContactKind.Call ? "call" : "chat",
        result.Status,
        result.Recorded,
        result.Note,
        result.AgentStatus);
}
