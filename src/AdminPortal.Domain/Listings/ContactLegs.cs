using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Walks one contact's events in order (<see cref="ContactWalk"/>) into its legs (an agent connected until a transfer or
/// the end), its transfers, offers, wrap-up codes and end user, and its ended queue waits into queue durations (a stay
/// still waiting has no duration yet): seed 004's <c>transfers</c>, <c>participants</c>, <c>handle_durations</c>,
/// <c>queue_durations</c>, <c>offer_type</c>, <c>offer_events</c>, <c>dispositions</c> and the end user's
/// <c>consumer_handle_durations</c> (once the contact is over) and <c>consumer_in_menu_durations</c> (once it left the
/// phone menu).
/// </summary>
public static class ContactLegs
{
    public static ContactDetails Build(ContactKey contact, IReadOnlyList<ContactEventRow> events, IReadOnlyList<QueueWaitRow> waits, ContactWorld world)
    {
        var walk = ContactWalk.Of(events);
        var transfers = walk.Transfers.Select(t => Transfer(t, walk, contact, world)).ToList();
        var participants = new List<ParticipantRecord>();
        if (walk.FirstEventId is { } first)
        {
            var status = walk.EndedAt is null ? walk.Open is null ? "waiting" : "connected" : walk.Abandoned ? "failed" : "finished";
            participants.Add(new ParticipantRecord(first, "end_user", status, contact.NumericId, null, contact.EndUserId,
                Whole(walk.FirstConnectedAt, walk.EndedAt), Whole(walk.Legs.Sum(l => l.HoldSeconds)), walk.FirstConnectedAt?.AsUtc(), walk.EndedAt?.AsUtc(),
                contact.FailReason));
        }

        participants.AddRange(walk.Legs.Select(l => new ParticipantRecord(l.Id, "agent", l.EndedAt is null ? "connected" : "finished", contact.NumericId,
            world.Person(l.AgentId)?.Id, null, Whole(l.StartedAt, l.EndedAt), Whole(l.HoldSeconds), l.StartedAt.AsUtc(), l.EndedAt?.AsUtc(), "nothing")));
        var handles = walk.Legs.Select(l => new HandleDurationRecord(l.Id, world.Person(l.AgentId)?.Id ?? 0, Whole(l.EndedAt, l.WrapUpEndedAt),
            Whole(l.StartedAt, l.EndedAt), Whole(l.OfferedAt, l.StartedAt), Whole(l.HoldSeconds), world.Menus.Find(l.MenuId)?.Id, world.Menus.PathOf(l.MenuId),
            l.Lang, l.TransferId, l.StartedAt.AsUtc(), l.EndedAt?.AsUtc(), l.Responses, Whole(l.ResponseSeconds), Whole(l.LongestResponseSeconds),
            l.Responses == 0 ? 0 : Whole(l.ResponseSeconds / l.Responses))).ToList();
        var queues = waits.OrderBy(w => w.StartedAt).ThenBy(w => w.Id).Select(w => Queue(w, walk, world)).OfType<QueueDurationRecord>().ToList();
        return new ContactDetails(transfers, participants, handles, queues)
        {
            OfferType = walk.Offers.Any(o => o.Group is not null) ? "cascade" : null,
            OfferEvents = walk.Offers,
            Dispositions = [.. walk.Dispositions.Select(d => new DispositionRecord(world.Person(d.Leg.AgentId)?.Id ?? 0, d.Leg.Id, d.Leg.TransferId, d.Code))],
            HasFeedback = ContactRatings.HasFeedback(walk.RatingDetail),
            ConsumerHandleDurations = Consumer(walk) is { } consumer ? [consumer] : [],
            ConsumerInMenuDurations = walk.InMenu is { } menu
                ? [new ConsumerMenuRecord(menu.Id, menu.How, Whole(menu.StartedAt, menu.EndedAt), world.Menus.Find(menu.MenuId)?.Id, world.Menus.PathOf(menu.MenuId),
                    menu.Lang ?? QueueValues.DefaultLang, menu.StartedAt.AsUtc(), menu.EndedAt.AsUtc())]
                : [],
        };
    }

    /// <summary>The end user's whole time on the contact, once it is over: from its first event to its end, with every hold, message and reply.</summary>
    private static ConsumerHandleRecord? Consumer(ContactWalk walk)
    {
        if (walk.FirstEventId is not { } id || walk.StartedAt is not { } started || walk.EndedAt is not { } ended)
        {
            return null;
        }

        var responses = walk.Legs.Sum(l => l.Responses);
        var responseSeconds = walk.Legs.Sum(l => l.ResponseSeconds);
        return new ConsumerHandleRecord(id, Whole(started, ended), Whole(walk.Legs.Sum(l => l.HoldSeconds)), walk.Messages, responses, Whole(responseSeconds),
            Whole(walk.Legs.Select(l => l.LongestResponseSeconds).DefaultIfEmpty(0).Max()), responses == 0 ? 0 : Whole(responseSeconds / responses),
            started.AsUtc(), ended.AsUtc());
    }

    private static TransferRecord Transfer(ContactWalk.TransferStep t, ContactWalk walk, ContactKey contact, ContactWorld world)
    {
        var leg = walk.Legs.FirstOrDefault(l => l.TransferId == t.Id);
        var failed = leg is null && walk.Abandoned;
        var assignedAt = t.OfferedAt ?? leg?.StartedAt;
        var updatedAt = leg?.EndedAt ?? leg?.StartedAt ?? (failed ? walk.EndedAt : null) ?? t.At;
        return new TransferRecord(t.Id, failed ? "failed" : "transferring", failed ? contact.FailReason : "nothing", t.At.AsUtc(),
            Whole(leg?.StartedAt, leg?.EndedAt), Whole(t.At, assignedAt), assignedAt?.AsUtc(), leg?.StartedAt.AsUtc(), updatedAt.AsUtc(),
            world.Menus.PathOf(t.FromMenuId), world.Menus.PathOf(t.ToMenuId), world.Person(t.FromAgentId), world.Person(t.ToAgentId ?? leg?.AgentId));
    }

    private static QueueDurationRecord? Queue(QueueWaitRow w, ContactWalk walk, ContactWorld world)
    {
        if (w.EndedAt is null || world.Menus.Find(w.MenuId) is not { } menu)
        {
            return null;
        }

        var transfer = w.Transfer ? walk.Transfers.LastOrDefault(t => t.At <= w.StartedAt) : null;
        var outcome = SnakeCaseEnum<WaitOutcome>.TryParse(w.Outcome, out var parsed) ? parsed : (WaitOutcome?)null;
        return new QueueDurationRecord(w.Id, world.Person(w.AgentId)?.Id, Whole(w.StartedAt, w.EndedAt), menu.Id, world.Menus.PathOf(w.MenuId)!, w.Lang,
            transfer?.Id, w.StartedAt.AsUtc(), w.EndedAt?.AsUtc(), ServiceLevels.EventOf(outcome, w.WithinServiceLevel),
            menu.GroupTargetPercent ?? world.TargetPercent, w.ServiceLevelSeconds ?? 0);
    }

    private static int Whole(DateTime? from, DateTime? to) => from is { } start && to is { } end ? Whole(Math.Max(0, (end - start).TotalSeconds)) : 0;

    private static int Whole(double seconds) => ContactRows.Whole(seconds);
}
