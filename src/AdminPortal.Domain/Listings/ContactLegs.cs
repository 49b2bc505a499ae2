using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// Walks one contact's events in order into its legs (an agent connected until a transfer or the end), its transfers
/// and its end user, and its ended queue waits into queue durations (a stay still waiting has no duration yet): seed 004's <c>transfers</c>, <c>participants</c>,
/// <c>handle_durations</c> and <c>queue_durations</c>.
/// </summary>
public static class ContactLegs
{
    public static ContactDetails Build(ContactKey contact, IReadOnlyList<ContactEventRow> events, IReadOnlyList<QueueWaitRow> waits, ContactWorld world)
    {
        var walk = new Walk();
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            walk.Apply(e);
        }

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
        return new ContactDetails(transfers, participants, handles, queues);
    }

    private static TransferRecord Transfer(TransferStep t, Walk walk, ContactKey contact, ContactWorld world)
    {
        var leg = walk.Legs.FirstOrDefault(l => l.TransferId == t.Id);
        var failed = leg is null && walk.Abandoned;
        var assignedAt = t.OfferedAt ?? leg?.StartedAt;
        var updatedAt = leg?.EndedAt ?? leg?.StartedAt ?? (failed ? walk.EndedAt : null) ?? t.At;
        return new TransferRecord(t.Id, failed ? "failed" : "transferring", failed ? contact.FailReason : "nothing", t.At.AsUtc(),
            Whole(leg?.StartedAt, leg?.EndedAt), Whole(t.At, assignedAt), assignedAt?.AsUtc(), leg?.StartedAt.AsUtc(), updatedAt.AsUtc(),
            world.Menus.PathOf(t.FromMenuId), world.Menus.PathOf(t.ToMenuId), world.Person(t.FromAgentId), world.Person(t.ToAgentId ?? leg?.AgentId));
    }

    private static QueueDurationRecord? Queue(QueueWaitRow w, Walk walk, ContactWorld world)
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

    private sealed class Walk
    {
        private Guid? _menuId;
        private string? _lang;
        private DateTime? _offeredAt;
        private DateTime? _holdStartedAt;
        private DateTime? _awaitingReplySince;

        public long? FirstEventId { get; private set; }
        public DateTime? FirstConnectedAt { get; private set; }
        public DateTime? EndedAt { get; private set; }
        public bool Abandoned { get; private set; }
        public Leg? Open { get; private set; }
        public List<Leg> Legs { get; } = [];
        public List<TransferStep> Transfers { get; } = [];

        private TransferStep? Pending => Transfers.Count > 0 && !Legs.Any(l => l.TransferId == Transfers[^1].Id) ? Transfers[^1] : null;

        public void Apply(ContactEventRow e)
        {
            FirstEventId ??= e.Id;
            switch (e.Type)
            {
                case "queued":
                    (_menuId, _lang) = (e.MenuId ?? _menuId, e.Lang ?? _lang);
                    break;
                case "offered":
                    _offeredAt = e.At;
                    if (Pending is { } pending)
                    {
                        pending.OfferedAt ??= e.At;
                    }

                    break;
                case "connected":
                    Open = new Leg(e.Id, e.AgentId, e.At, _offeredAt, _menuId, _lang, Pending?.Id);
                    Legs.Add(Open);
                    FirstConnectedAt ??= e.At;
                    _offeredAt = null;
                    break;
                case "held":
                    _holdStartedAt = e.At;
                    break;
                case "resumed":
                    Release(e.At, end: false);
                    break;
                case "transferred":
                    // a transfer to an agent keeps the call on its menu
                    Transfers.Add(new TransferStep(e.Id, e.At, _menuId, e.MenuId ?? _menuId, Open?.AgentId ?? e.AgentId, e.ToAgentId));
                    Release(e.At, end: true);
                    (_menuId, _lang) = (e.MenuId ?? _menuId, e.Lang ?? _lang);
                    break;
                case "ended":
                    Release(e.At, end: true);
                    EndedAt = e.At;
                    break;
                case "abandoned":
                    (EndedAt, Abandoned) = (e.At, true);
                    break;
                case "message":
                    Reply(e);
                    break;
                case "wrap_up_ended":
                    if (Legs.LastOrDefault(l => l.EndedAt is not null && l.WrapUpEndedAt is null && (e.AgentId is null || l.AgentId == e.AgentId)) is { } leg)
                    {
                        leg.WrapUpEndedAt = e.At;
                    }

                    break;
            }
        }

        /// <summary>An end user's message waits for a reply; the next agent's message answers it (as the intake counts it).</summary>
        private void Reply(ContactEventRow e)
        {
            if (e.Detail != ContactValues.AgentSender)
            {
                _awaitingReplySince ??= e.At;
            }
            else if (Open is not null && _awaitingReplySince is { } since)
            {
                var seconds = Math.Max(0, (e.At - since).TotalSeconds);
                Open.Responses++;
                Open.ResponseSeconds += seconds;
                Open.LongestResponseSeconds = Math.Max(Open.LongestResponseSeconds, seconds);
                _awaitingReplySince = null;
            }
        }

        private void Release(DateTime at, bool end)
        {
            if (Open is null)
            {
                return;
            }

            if (_holdStartedAt is { } since)
            {
                Open.HoldSeconds += Math.Max(0, (at - since).TotalSeconds);
                _holdStartedAt = null;
            }

            if (end)
            {
                Open.EndedAt = at;
                Open = null;
            }
        }
    }

    private sealed class Leg(long id, Guid? agentId, DateTime startedAt, DateTime? offeredAt, Guid? menuId, string? lang, long? transferId)
    {
        public long Id { get; } = id;
        public Guid? AgentId { get; } = agentId;
        public DateTime StartedAt { get; } = startedAt;
        public DateTime? OfferedAt { get; } = offeredAt;
        public Guid? MenuId { get; } = menuId;
        public string? Lang { get; } = lang;
        public long? TransferId { get; } = transferId;
        public DateTime? EndedAt { get; set; }
        public DateTime? WrapUpEndedAt { get; set; }
        public double HoldSeconds { get; set; }
        public int Responses { get; set; }
        public double ResponseSeconds { get; set; }
        public double LongestResponseSeconds { get; set; }
    }

    private sealed class TransferStep(long id, DateTime at, Guid? fromMenuId, Guid? toMenuId, Guid? fromAgentId, Guid? toAgentId)
    {
        public long Id { get; } = id;
        public DateTime At { get; } = at;
        public Guid? FromMenuId { get; } = fromMenuId;
        public Guid? ToMenuId { get; } = toMenuId;
        public Guid? FromAgentId { get; } = fromAgentId;
        public Guid? ToAgentId { get; } = toAgentId;
        public DateTime? OfferedAt { get; set; }
    }
}
