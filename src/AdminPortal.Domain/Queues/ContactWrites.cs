using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// The rows an applied intake event writes, inside the intake's transaction: the contact (created by its first event,
/// <c>queued</c> or <c>selecting</c>, with its type, end user, support number and menu path; a later event may complete
/// the end user and support number), its state (<see cref="ContactRows"/>), the event, and the queue
/// wait it opens or closes (closed with the service level it is measured against and whether it was met).
/// </summary>
public sealed class ContactWrites(AdminPortalDbContext db)
{
    /// <summary>The menus and agents an event names exist in the organisation (404 otherwise); menus must not be deleted.</summary>
    public async Task EnsureReferencesAsync(IntakeEvent e, CancellationToken cancellationToken)
    {
        foreach (var menuId in new[] { e.MenuId, e.ToMenuId }.OfType<Guid>())
        {
            if (!await db.Menus.AnyAsync(m => m.Id == menuId && !m.Deleted, cancellationToken))
            {
                throw new EntityNotFoundException(nameof(Menu), menuId);
            }
        }

        // new work (an offer, a connection, a transfer) never goes to a deactivated agent; later events of work it
        // already had (ended, wrap-up ended) still find it
        var startsWork = e.Type is ContactEventType.Offered or ContactEventType.Connected or ContactEventType.Transferred;
        foreach (var agentId in new[] { e.AgentId, e.ToAgentId }.OfType<Guid>())
        {
            var agent = await db.Agents.Where(a => a.Id == agentId)
                .Select(a => new { a.NumericId, a.DeactivatedAt }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new EntityNotFoundException(nameof(Agent), agentId);
            if (startsWork && agent.DeactivatedAt is not null)
            {
                throw new ConflictException($"Agent {agent.NumericId} is deactivated and takes no new calls or chats.");
            }
        }
    }

    internal async Task<Written> WriteAsync(
        ContactRecord record, IntakeEvent request, ContactFact fact, ContactChange change, string key, DateTime now, CancellationToken cancellationToken)
    {
        var organisationId = db.CurrentOrganisationId ?? throw new InvalidOperationException("The intake needs a tenant.");
        var pathChanged = change.Next.MenuId != record.State.MenuId;
        var path = pathChanged && change.Next.MenuId is { } menuId ? await MenuPathAsync(menuId, cancellationToken) : null;
        INumbered contact;
        Guid contactId;
        string status;
        if (request.Kind == ContactKind.Call)
        {
            var call = record.Call ?? db.Calls.Add(NewCall(organisationId, request, fact)).Entity;
            call.MenuPath = path ?? call.MenuPath;
            call.SupportNumber ??= request.SupportNumber;
            (call.EndUserId, call.EndUserIdentifier, call.EndUserOutContactId) = Identified(call.EndUserId, call.EndUserIdentifier, call.EndUserOutContactId, request.EndUser);
            ContactRows.Apply(call, change.Next, now);
            (contact, contactId, status) = (call, call.Id, call.Status);
            await CloseWaitAsync(change, call.Id, null, s => call.ServiceLevelEvent = s, cancellationToken);
        }
        else
        {
            var chat = record.Chat ?? db.Chats.Add(NewChat(organisationId, request, fact)).Entity;
            chat.MenuPath = path ?? chat.MenuPath;
            (chat.EndUserId, chat.EndUserIdentifier, chat.EndUserOutContactId) = Identified(chat.EndUserId, chat.EndUserIdentifier, chat.EndUserOutContactId, request.EndUser);
            ContactRows.Apply(chat, change.Next, now);
            (contact, contactId, status) = (chat, chat.Id, chat.Status);
            await CloseWaitAsync(change, null, chat.Id, s => chat.ServiceLevelEvent = s, cancellationToken);
        }

        if (change.OpensWait is { } opening)
        {
            db.QueueWaits.Add(new QueueWait
            {
                OrganisationId = organisationId,
                Kind = request.Kind,
                CallId = request.Kind == ContactKind.Call ? contactId : null,
                ChatId = request.Kind == ContactKind.Chat ? contactId : null,
                MenuId = opening.MenuId,
                Lang = opening.Lang,
                StartedAt = opening.At,
                Transfer = opening.Transfer,
            });
        }

        var row = new ContactEvent
        {
            OrganisationId = organisationId,
            Kind = request.Kind,
            CallId = request.Kind == ContactKind.Call ? contactId : null,
            ChatId = request.Kind == ContactKind.Chat ? contactId : null,
            Type = ContactEventTypes.Name(fact.Type),
            EventId = key,
            OccurredAt = fact.At,
            RecordedAt = now,
            AgentId = fact.AgentId ?? change.RecordedAgentId ?? change.Effect?.AgentId,
            MenuId = fact.MenuId,
            ToAgentId = fact.ToAgentId,
            // a queued event keeps the language the contact queued in (its own, else the one chosen in the menu, else en)
            Lang = fact.Type == ContactEventType.Queued ? change.Next.Lang : fact.Lang,
            Detail = fact.Detail,
        };
        db.ContactEvents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new Written(contactId, contact.NumericId, status, row);
    }

    /// <summary>call_count or chat_count of the agent who answered (with a new version, as every write of an agent).</summary>
    internal Task CountAsync(Guid agentId, ContactKind kind, CancellationToken cancellationToken) => kind == ContactKind.Call
        ? db.Agents.Where(a => a.Id == agentId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CallCount, a => a.CallCount + 1).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken)
        : db.Agents.Where(a => a.Id == agentId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ChatCount, a => a.ChatCount + 1).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken);

    /// <summary>"Death Star/Carpentry": the names from the top menu down to <paramref name="menuId"/>.</summary>
    public async Task<string> MenuPathAsync(Guid menuId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var seen = new HashSet<Guid>();
        for (Guid? id = menuId; id is { } current && seen.Add(current);)
        {
            var menu = await db.Menus.AsNoTracking().Where(m => m.Id == current).Select(m => new { m.Name, m.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (menu is null)
            {
                break;
            }

            names.Add(menu.Name);
            id = menu.ParentId;
        }

        names.Reverse();
        return string.Join('/', names);
    }

    private async Task CloseWaitAsync(ContactChange change, Guid? callId, Guid? chatId, Action<string> firstWaitEvent, CancellationToken cancellationToken)
    {
        if (change.ClosesWait is not { } closing)
        {
            return;
        }

        var wait = await db.QueueWaits
            .Where(w => w.EndedAt == null && (callId != null ? w.CallId == callId : w.ChatId == chatId))
            .OrderByDescending(w => w.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (wait is null)
        {
            return;
        }

        var menu = await db.Menus.AsNoTracking().Include(m => m.QueueGroup).Include(m => m.Organisation).FirstAsync(m => m.Id == wait.MenuId, cancellationToken);
        var level = ServiceLevels.Of(menu.ServiceLevelSeconds, menu.QueueGroup, menu.Organisation!);
        wait.EndedAt = closing.At;
        wait.Outcome = SnakeCaseEnum<WaitOutcome>.ToName(closing.Outcome);
        wait.AgentId = closing.AgentId;
        wait.ServiceLevelSeconds = level.Seconds;
        wait.WithinServiceLevel = ServiceLevels.Within(wait.StartedAt, closing.At, closing.Outcome, level.Seconds);
        if (!wait.Transfer)
        {
            firstWaitEvent(ServiceLevels.EventOf(closing.Outcome, wait.WithinServiceLevel));
        }
    }

    /// <summary>
    /// The end user as known so far, completed by a later event: a caller identified in the phone menu is named by its
    /// <c>queued</c> event. What is known already is kept.
    /// </summary>
    private static (string? Id, string? Identifier, string? OutContactId) Identified(string? id, string? identifier, string? outContactId, EndUser? reported) =>
        (id ?? reported?.Id, identifier ?? reported?.Identifier, outContactId ?? reported?.OutContactId);

    private static Call NewCall(Guid organisationId, IntakeEvent request, ContactFact fact) => new()
    {
        OrganisationId = organisationId,
        ExternalId = request.ExternalId.Trim(),
        CallType = ContactValues.CallTypeCode(request.ContactType) ?? "IvrCall",
        EndUserId = request.EndUser?.Id,
        EndUserIdentifier = request.EndUser?.Identifier,
        EndUserOutContactId = request.EndUser?.OutContactId,
        SupportNumber = request.SupportNumber,
        ServiceLevelEvent = "excluded",
        CreatedAt = fact.At,
    };

    private static Chat NewChat(Guid organisationId, IntakeEvent request, ContactFact fact) => new()
    {
        OrganisationId = organisationId,
        ExternalId = request.ExternalId.Trim(),
        ChatType = ContactValues.ChatType(request.ContactType) ?? "Messaging Inbound (Web Chat)",
        EndUserId = request.EndUser?.Id,
        EndUserIdentifier = request.EndUser?.Identifier,
        EndUserOutContactId = request.EndUser?.OutContactId,
        ServiceLevelEvent = "excluded",
        CreatedAt = fact.At,
    };

    internal sealed record Written(Guid ContactId, long NumericId, string Status, ContactEvent Event);
}
