using AdminPortal.Domain.Common;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// One contact's recorded events applied in order (what each event type means for the contact's history): its time in the
/// phone menu, its offers, its legs (an agent connected until a transfer or the end, with holds, wrap-up and chat replies),
/// its transfers, the wrap-up codes set on each leg, its messages, its end and the end user's survey.
/// </summary>
internal sealed class ContactWalk
{
    private Guid? _menuId;
    private string? _lang;
    private DateTime? _offeredAt;
    private DateTime? _holdStartedAt;
    private DateTime? _awaitingReplySince;
    private (long Id, DateTime At)? _selecting;

    public long? FirstEventId { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FirstConnectedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public bool Abandoned { get; private set; }
    public int Messages { get; private set; }
    public Leg? Open { get; private set; }
    public List<Leg> Legs { get; } = [];
    public List<TransferStep> Transfers { get; } = [];
    public List<OfferEventRecord> Offers { get; } = [];
    public List<(Leg Leg, string Code)> Dispositions { get; } = [];
    public MenuStay? InMenu { get; private set; }

    /// <summary>The end user's survey result (<c>rated</c>: a rating and maybe feedback, see <see cref="ContactRatings"/>).</summary>
    public string? RatingDetail { get; private set; }

    private TransferStep? Pending => Transfers.Count > 0 && !Legs.Any(l => l.TransferId == Transfers[^1].Id) ? Transfers[^1] : null;

    public static ContactWalk Of(IEnumerable<ContactEventRow> events)
    {
        var walk = new ContactWalk();
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            walk.Apply(e);
        }

        return walk;
    }

    private void Apply(ContactEventRow e)
    {
        FirstEventId ??= e.Id;
        StartedAt ??= e.At;
        switch (e.Type)
        {
            case "selecting":
                _selecting ??= (e.Id, e.At);
                (_menuId, _lang) = (e.MenuId ?? _menuId, e.Lang ?? _lang);
                break;
            case "queued":
                (_menuId, _lang) = (e.MenuId ?? _menuId, e.Lang ?? _lang);
                LeaveMenu(e.At, "finished");
                break;
            case "offered":
                _offeredAt = e.At;
                Offers.Add(new OfferEventRecord(e.At.AsUtc(), e.Detail));
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
                LeaveMenu(e.At, "abandoned");
                break;
            case "message":
                Messages++;
                Reply(e);
                break;
            case "wrap_up_ended":
                if (Legs.LastOrDefault(l => l.EndedAt is not null && l.WrapUpEndedAt is null && (e.AgentId is null || l.AgentId == e.AgentId)) is { } leg)
                {
                    leg.WrapUpEndedAt = e.At;
                }

                break;
            case "rated":
                RatingDetail ??= e.Detail;
                break;
            case "disposition":
                // the code belongs to the agent's leg it was set in: its latest one begun by then
                if ((Legs.LastOrDefault(l => l.AgentId == e.AgentId && l.StartedAt <= e.At) ?? Legs.LastOrDefault(l => l.AgentId == e.AgentId)) is { } coded
                    && e.Detail is { } code)
                {
                    Dispositions.Add((coded, code));
                }

                break;
        }
    }

    /// <summary>The end user leaves the phone menu: it reached a queue (finished) or hung up there (abandoned).</summary>
    private void LeaveMenu(DateTime at, string how)
    {
        if (_selecting is { } menu && InMenu is null)
        {
            InMenu = new MenuStay(menu.Id, how, menu.At, at, _menuId, _lang);
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

    internal sealed class Leg(long id, Guid? agentId, DateTime startedAt, DateTime? offeredAt, Guid? menuId, string? lang, long? transferId)
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

    internal sealed class TransferStep(long id, DateTime at, Guid? fromMenuId, Guid? toMenuId, Guid? fromAgentId, Guid? toAgentId)
    {
        public long Id { get; } = id;
        public DateTime At { get; } = at;
        public Guid? FromMenuId { get; } = fromMenuId;
        public Guid? ToMenuId { get; } = toMenuId;
        public Guid? FromAgentId { get; } = fromAgentId;
        public Guid? ToAgentId { get; } = toAgentId;
        public DateTime? OfferedAt { get; set; }
    }

    /// <summary>The end user's time in the phone menu: from its first <c>selecting</c> to the queue it reached or its hang-up, on the menu it reached last.</summary>
    internal sealed record MenuStay(long Id, string How, DateTime StartedAt, DateTime EndedAt, Guid? MenuId, string? Lang);
}
