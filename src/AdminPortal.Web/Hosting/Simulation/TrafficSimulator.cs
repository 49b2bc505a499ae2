using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>What the simulation did so far.</summary>
public sealed record SimulationCounts(int Queued, int Answered, int Abandoned, int Missed, int Transferred, int Refused)
{
    /// <summary>Callers who hung up in the phone menu, before reaching a queue.</summary>
    public int HungUpInMenu { get; init; }

    /// <summary>Ended contacts whose end user answered the survey.</summary>
    public int Rated { get; init; }

    public override string ToString() =>
        $"{Queued} queued, {Answered} answered, {Abandoned} abandoned, {HungUpInMenu} hung up in the phone menu, {Missed} missed offers, "
        + $"{Transferred} transfers, {Rated} rated, {Refused} events refused";
}

/// <summary>
/// Realistic traffic, one step a second: contacts arrive on every queue (calls and chats per minute over all queues); IVR
/// calls first spend a few seconds in the phone menu (some hang up there); they wait, are offered to an available agent
/// of their queue (first come, first served; each offer to the next cascade group), answered or missed, held, chatted,
/// transferred or abandoned, and end; most agents set a wrap-up code, their wrap-up ends early or by itself, and some
/// end users rate the contact a little later. Every step is an intake event. Stopping ends what was started, so no
/// contact is left waiting.
/// </summary>
public sealed class TrafficSimulator(ISimulationTarget target, SimulationSettings settings, TimeProvider clock, ILogger logger, Random? random = null)
{
    /// <summary>Queues staffed like a small team show waits as well as answers: the limited simulation prefers them.</summary>
    private const int SmallTeam = 4;

    private readonly Random _random = random ?? new Random();
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly List<SimulatedContact> _contacts = [];
    private readonly Dictionary<Guid, DateTime> _reserved = [];
    private readonly Dictionary<Guid, DateTime> _missedUntil = [];
    private readonly List<(IntakeEvent Survey, DateTime At)> _surveys = [];
    private IReadOnlyList<SimulatedQueue> _queues = [];
    private HashSet<Guid> _available = [];
    private DateTime _refreshAt;
    private int _sequence;
    private int _queued, _answered, _abandoned, _missed, _transferred, _refused, _hungUpInMenu, _rated;

    public SimulationCounts Counts => new(_queued, _answered, _abandoned, _missed, _transferred, _refused) { HungUpInMenu = _hungUpInMenu, Rated = _rated };

    /// <summary>Runs until cancelled, then ends every contact it started; false when there is no staffed queue.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(cancellationToken))
        {
            return false;
        }

        logger.LogInformation("Simulating {Calls} calls and {Chats} chats a minute on {Queues} queues", settings.CallsPerMinute, settings.ChatsPerMinute, _queues.Count);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await StepAsync(cancellationToken);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await FinishAsync();
        return true;
    }

    /// <summary>Reads the queues to send traffic to (at most <see cref="SimulationSettings.MaxQueues"/>); false when none is staffed.</summary>
    internal async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        _queues = await target.QueuesAsync(cancellationToken);
        if (_queues.Count == 0)
        {
            logger.LogWarning("No queue has agents assigned (agent or team assignments of voice_call or chat): nothing to simulate");
            return false;
        }

        if (settings.MaxQueues is { } max && _queues.Count > max)
        {
            var available = (await target.AvailableAgentsAsync(cancellationToken)).ToHashSet();
            _queues = [.. _queues
                .Select(q => (Queue: q, Available: q.Agents.Count(available.Contains)))
                .Where(q => q.Available > 0)
                .OrderBy(q => Math.Abs(q.Available - SmallTeam))
                .ThenBy(q => q.Queue.Kind)
                .Take(max)
                .Select(q => q.Queue)];
        }

        return true;
    }

    /// <summary>One second of the contact center.</summary>
    public async Task StepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= _refreshAt)
        {
            _available = [.. await target.AvailableAgentsAsync(cancellationToken)];
            _refreshAt = now + settings.RefreshEvery;
        }

        await ArriveAsync(now);
        foreach (var contact in _contacts.ToList())
        {
            await AdvanceAsync(contact, now);
        }

        await OfferAsync(now);
        await SurveyAsync(now);
        foreach (var (agent, _) in _missedUntil.Where(m => m.Value <= now).ToList())
        {
            await AcknowledgeAsync(agent);
        }

        foreach (var (agent, _) in _reserved.Where(r => r.Value <= now).ToList())
        {
            _reserved.Remove(agent);
        }
    }

    private async Task ArriveAsync(DateTime now)
    {
        foreach (var kind in new[] { ContactKind.Call, ContactKind.Chat })
        {
            var queues = _queues.Where(q => q.Kind == kind).ToList();
            var perMinute = kind == ContactKind.Call ? settings.CallsPerMinute : settings.ChatsPerMinute;
            foreach (var queue in queues.Where(_ => _random.NextDouble() < perMinute / 60 / queues.Count))
            {
                var contact = new SimulatedContact($"sim-{_run}-{++_sequence}", queue, now)
                {
                    AbandonAt = now.AddSeconds(20 + Exponential(settings.MeanPatience)),
                    HandleTime = TimeSpan.FromSeconds(30 + Exponential(kind == ContactKind.Call ? settings.MeanCallHandleTime : settings.MeanChatHandleTime)),
                    Transfers = kind == ContactKind.Call && _random.NextDouble() < settings.TransferShare && queues.Count > 1,
                };
                var end = _random.Next(1, 1000);
                var type = kind == ContactKind.Call ? _random.Next(6) switch { < 4 => "IvrCall", 4 => "IncomingCallApp", _ => "IncomingCallWeb" } : "Messaging Inbound (Web Chat)";
                var inMenu = type == "IvrCall";
                if (await SendAsync(Event(contact, inMenu ? ContactEventType.Selecting : ContactEventType.Queued) with
                {
                    MenuId = inMenu ? null : queue.MenuId,
                    Lang = queue.Lang,
                    ContactType = type,
                    EndUser = new EndUser(end.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Customer {end}", null),
                }))
                {
                    _contacts.Add(contact);
                    if (inMenu)
                    {
                        contact.Phase = SimulatedPhase.InMenu;
                        contact.LeavesMenuAt = now.AddSeconds(_random.Next(4, 20));
                        contact.HangsUpInMenu = _random.NextDouble() < settings.MenuHangUpShare;
                    }
                    else
                    {
                        _queued++;
                    }
                }
            }
        }
    }

    private async Task AdvanceAsync(SimulatedContact contact, DateTime now)
    {
        switch (contact.Phase)
        {
            case SimulatedPhase.InMenu when now >= contact.LeavesMenuAt && contact.HangsUpInMenu:
                await SendAsync(Event(contact, ContactEventType.Abandoned));
                _contacts.Remove(contact);
                _hungUpInMenu++;
                break;
            case SimulatedPhase.InMenu when now >= contact.LeavesMenuAt:
                if (await SendAsync(Event(contact, ContactEventType.Queued) with { MenuId = contact.Queue.MenuId, Lang = contact.Queue.Lang }))
                {
                    (contact.Phase, contact.QueuedAt) = (SimulatedPhase.Waiting, now);
                    contact.AbandonAt = now.AddSeconds(20 + Exponential(settings.MeanPatience));
                    _queued++;
                }
                else
                {
                    _contacts.Remove(contact);
                }

                break;
            case SimulatedPhase.Waiting when now >= contact.AbandonAt:
                await SendAsync(Event(contact, ContactEventType.Abandoned));
                _contacts.Remove(contact);
                _abandoned++;
                break;
            case SimulatedPhase.Offered when now >= contact.DueAt && contact.MissesOffer:
                await SendAsync(Event(contact, ContactEventType.Missed) with { AgentId = contact.Agent });
                _missedUntil[contact.Agent!.Value] = now + settings.MissedCallAcknowledgement;
                (contact.Phase, contact.Agent) = (SimulatedPhase.Waiting, null);
                _missed++;
                break;
            case SimulatedPhase.Offered when now >= contact.DueAt:
                await SendAsync(Event(contact, ContactEventType.Connected));
                (contact.Phase, contact.DueAt) = (SimulatedPhase.Talking, now + contact.HandleTime);
                contact.HoldAt = contact.Kind == ContactKind.Call && _random.NextDouble() < settings.HeldShare ? now.AddSeconds(_random.Next(10, 30)) : null;
                contact.NextMessageAt = contact.Kind == ContactKind.Chat ? now.AddSeconds(_random.Next(3, 10)) : null;
                _answered++;
                break;
            case SimulatedPhase.Talking:
                await TalkAsync(contact, now);
                break;
            case SimulatedPhase.WrappingUp when now >= contact.DueAt:
                await SendAsync(Event(contact, ContactEventType.WrapUpEnded));
                _contacts.Remove(contact);
                break;
        }
    }

    private async Task TalkAsync(SimulatedContact contact, DateTime now)
    {
        if (contact.HoldAt <= now && contact.ResumeAt is null)
        {
            await SendAsync(Event(contact, ContactEventType.Held));
            contact.ResumeAt = now.AddSeconds(_random.Next(8, 25));
            return;
        }

        if (contact.ResumeAt <= now && contact.HoldAt is not null)
        {
            await SendAsync(Event(contact, ContactEventType.Resumed));
            contact.HoldAt = null;
            return;
        }

        if (contact.NextMessageAt <= now)
        {
            await SendAsync(Event(contact, ContactEventType.Message) with { Sender = contact.EndUserWrites ? ContactValues.EndUserSender : ContactValues.AgentSender });
            contact.EndUserWrites = !contact.EndUserWrites;
            contact.NextMessageAt = now.AddSeconds(_random.Next(6, 25));
        }

        if (now < contact.DueAt || contact.HoldAt is not null)
        {
            return;
        }

        var agent = contact.Agent!.Value;
        _reserved[agent] = now + settings.AgentRest;
        if (contact.Transfers && _queues.Where(q => q.Kind == ContactKind.Call && q != contact.Queue).ToList() is { Count: > 0 } others)
        {
            var to = others[_random.Next(others.Count)];
            await SendAsync(Event(contact, ContactEventType.Transferred) with { ToMenuId = to.MenuId, Lang = to.Lang });
            (contact.Queue, contact.QueuedAt, contact.Phase, contact.Agent, contact.Transfers) = (to, now, SimulatedPhase.Waiting, null, false);
            contact.AbandonAt = now.AddSeconds(20 + Exponential(settings.MeanPatience));
            _transferred++;
            return;
        }

        await SendAsync(Event(contact, ContactEventType.Ended) with { DisconnectedBy = _random.Next(2) == 0 ? "end_user" : "agent" });
        if (_random.NextDouble() < settings.DispositionShare)
        {
            await SendAsync(Event(contact, ContactEventType.Disposition) with { AgentId = agent, Code = SimulatedOutcomes.WrapUpCode(_random) });
        }

        if (_random.NextDouble() < settings.RatedShare)
        {
            var (rating, feedback) = SimulatedOutcomes.Survey(_random);
            _surveys.Add((Event(contact, ContactEventType.Rated) with { Rating = rating, Feedback = feedback }, now.AddSeconds(_random.Next(10, 60))));
        }

        if (_random.NextDouble() < settings.EarlyWrapUpEndShare)
        {
            (contact.Phase, contact.DueAt) = (SimulatedPhase.WrappingUp, now.AddSeconds(_random.Next(5, 20)));
        }
        else
        {
            _contacts.Remove(contact);
        }
    }

    /// <summary>First come, first served: each waiting contact goes to a random free available agent of its queue.</summary>
    private async Task OfferAsync(DateTime now)
    {
        foreach (var contact in _contacts.Where(c => c.Phase == SimulatedPhase.Waiting).OrderBy(c => c.QueuedAt).ToList())
        {
            var free = contact.Queue.Agents.Where(a => _available.Contains(a) && !_reserved.ContainsKey(a)).ToList();
            if (free.Count == 0)
            {
                continue;
            }

            var agent = free[_random.Next(free.Count)];
            if (await SendAsync(Event(contact, ContactEventType.Offered) with { AgentId = agent, Group = $"Group {contact.Offers + 1}" }))
            {
                contact.Offers++;
                _reserved[agent] = DateTime.MaxValue;
                (contact.Phase, contact.Agent, contact.DueAt) = (SimulatedPhase.Offered, agent, now.AddSeconds(_random.Next(2, 8)));
                contact.MissesOffer = _random.NextDouble() < settings.MissedOfferShare;
            }
        }
    }

    /// <summary>The end users who answer the survey now (some time after their contact ended).</summary>
    private async Task SurveyAsync(DateTime now)
    {
        foreach (var due in _surveys.Where(s => s.At <= now).ToList())
        {
            _surveys.Remove(due);
            if (await SendAsync(due.Survey))
            {
                _rated++;
            }
        }
    }

    /// <summary>
    /// Ends everything still open: callers in the phone menu and waiting contacts hang up, conversations end, wrap-ups end,
    /// missed calls are acknowledged, surveys still due are answered.
    /// </summary>
    internal async Task FinishAsync()
    {
        await SurveyAsync(DateTime.MaxValue);
        foreach (var contact in _contacts.ToList())
        {
            var (type, otherwise) = contact.Phase switch
            {
                SimulatedPhase.InMenu => (ContactEventType.Abandoned, ContactEventType.Abandoned),
                SimulatedPhase.Waiting or SimulatedPhase.Offered => (ContactEventType.Abandoned, ContactEventType.Ended),
                SimulatedPhase.Talking => (ContactEventType.Ended, ContactEventType.Abandoned),
                _ => (ContactEventType.WrapUpEnded, ContactEventType.WrapUpEnded),
            };
            if (!await SendAsync(Event(contact, type)) && otherwise != type)
            {
                await SendAsync(Event(contact, otherwise));
            }
        }

        foreach (var agent in _missedUntil.Keys.ToList())
        {
            await AcknowledgeAsync(agent);
        }

        _contacts.Clear();
    }

    /// <summary>Sends one event; a stop waits for the event in flight (never cancelled midway), so the simulation knows what was recorded.</summary>
    private async Task<bool> SendAsync(IntakeEvent intakeEvent)
    {
        try
        {
            await target.SendAsync(intakeEvent, CancellationToken.None);
            return true;
        }
        catch (Exception exception)
        {
            _refused++;
            logger.LogDebug(exception, "The simulated {Type} of {Id} was refused", intakeEvent.Type, intakeEvent.ExternalId);
            return false;
        }
    }

    private async Task AcknowledgeAsync(Guid agent)
    {
        try
        {
            await target.AcknowledgeMissedCallAsync(agent, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Agent {AgentId} could not acknowledge its missed call", agent);
        }
        finally
        {
            _missedUntil.Remove(agent);
            _reserved.Remove(agent);
        }
    }

    private static IntakeEvent Event(SimulatedContact contact, ContactEventType type) => new(contact.Kind, contact.Id, type);

    private double Exponential(TimeSpan mean) => -mean.TotalSeconds * Math.Log(1 - _random.NextDouble());
}
