using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// A call or chat row with its recorded events and the state they leave it in, loaded by the system's id. Inside the
/// intake's transaction the row is locked first (<c>FOR UPDATE</c> on PostgreSQL; SQLite's write lock is already held),
/// so the state decided on is the one the event is written over.
/// </summary>
internal sealed class ContactRecord
{
    private ContactRecord(ContactKind kind, Call? call, Chat? chat, List<ContactEvent> events)
    {
        Kind = kind;
        Call = call;
        Chat = chat;
        Events = events;
        State = ContactLifecycle.Replay(kind, events.Select(ToFact));
    }

    public ContactKind Kind { get; }
    public Call? Call { get; }
    public Chat? Chat { get; }
    public List<ContactEvent> Events { get; }
    public ContactState State { get; }

    public Guid? Id => Call?.Id ?? Chat?.Id;

    public static async Task<ContactRecord> LoadAsync(AdminPortalDbContext db, ContactKind kind, string externalId, bool forUpdate, CancellationToken cancellationToken)
    {
        if (kind == ContactKind.Call)
        {
            var calls = forUpdate ? db.Calls : db.Calls.AsNoTracking();
            var call = await calls.FirstOrDefaultAsync(c => c.ExternalId == externalId, cancellationToken);
            if (call is not null && forUpdate && db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT 1 FROM calls WHERE id = {call.Id} FOR UPDATE", cancellationToken);
                await db.Entry(call).ReloadAsync(cancellationToken);
            }

            var events = call is null ? [] : await EventsAsync(db, db.ContactEvents.Where(e => e.CallId == call.Id), cancellationToken);
            return new ContactRecord(kind, call, null, events);
        }

        var chats = forUpdate ? db.Chats : db.Chats.AsNoTracking();
        var chat = await chats.FirstOrDefaultAsync(c => c.ExternalId == externalId, cancellationToken);
        if (chat is not null && forUpdate && db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM chats WHERE id = {chat.Id} FOR UPDATE", cancellationToken);
            await db.Entry(chat).ReloadAsync(cancellationToken);
        }

        var chatEvents = chat is null ? [] : await EventsAsync(db, db.ContactEvents.Where(e => e.ChatId == chat.Id), cancellationToken);
        return new ContactRecord(kind, null, chat, chatEvents);
    }

    public static ContactFact ToFact(ContactEvent e) =>
        new(ContactEventTypes.TryParse(e.Type, out var type) ? type : ContactEventType.Message, e.OccurredAt.AsUtc(), e.AgentId, e.MenuId, e.Lang, e.ToAgentId, e.Detail);

    private static Task<List<ContactEvent>> EventsAsync(AdminPortalDbContext db, IQueryable<ContactEvent> events, CancellationToken cancellationToken) =>
        events.AsNoTracking().OrderBy(e => e.RecordedAt).ThenBy(e => e.NumericId).ToListAsync(cancellationToken);
}
