using System.Text.Json;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Api.Intake;

/// <summary>
/// The body of <c>POST /api/intake/{calls|chats}/{id}/events</c>. Ids of menus and agents are their numeric ids (seed 004)
/// or UUID strings. Which members an event needs: see <see cref="IntakeEvent"/> and the intake's OpenAPI document.
/// </summary>
public sealed record IntakeEventBody(
    string? Type,
    DateTime? OccurredAt,
    string? EventId,
    JsonElement? MenuId,
    string? Lang,
    JsonElement? AgentId,
    JsonElement? ToMenuId,
    JsonElement? ToAgentId,
    string? CallType,
    string? ChatType,
    EndUserBody? EndUser,
    string? SupportNumber,
    string? FailReason,
    string? DisconnectedBy,
    string? Sender);

public sealed record EndUserBody(JsonElement? Id, string? Identifier, string? OutContactId);

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
