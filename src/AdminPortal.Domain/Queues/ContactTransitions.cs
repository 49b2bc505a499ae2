using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Queues;

/// <summary>The rule of each event type (see <see cref="Decide"/> for what is checked before).</summary>
public static partial class ContactLifecycle
{
    private static ContactDecision Apply(ContactState s, ContactFact e, string subject)
    {
        // an agent's wrap-up, the codes it sets in it and the end user's survey come after the end
        if (e.Type == ContactEventType.Rated)
        {
            return Rate(s, at: s with { LastAt = e.At }, e, subject);
        }

        if (s.Over && e.Type is not (ContactEventType.WrapUpEnded or ContactEventType.Disposition))
        {
            return Refuse($"{subject} {(s.Phase == ContactPhase.Ended ? "has ended" : "was abandoned")}: no '{ContactEventTypes.Name(e.Type)}' after that.");
        }

        if (s.Phase == ContactPhase.Selecting && e.Type is not (ContactEventType.Selecting or ContactEventType.Queued or ContactEventType.Abandoned))
        {
            return Refuse($"{subject} is still in the phone menu: report 'queued' when it reaches a queue, or 'abandoned' when the end user hangs up.");
        }

        var at = s with { LastAt = e.At };
        return e.Type switch
        {
            ContactEventType.Selecting => s.Phase is ContactPhase.None or ContactPhase.Selecting
                ? new ContactChange(at with
                {
                    Phase = ContactPhase.Selecting,
                    MenuId = e.MenuId ?? s.MenuId,
                    Lang = e.Lang ?? s.Lang,
                    SelectingSince = s.SelectingSince ?? e.At,
                })
                : Refuse($"{subject} has left the phone menu; moving it to another menu is a transfer."),
            ContactEventType.Queued => Queue(s, at, e, subject),
            ContactEventType.Offered => s.Phase == ContactPhase.Connected
                ? Refuse($"{subject} is connected to another agent.")
                : new ContactChange(at with { Phase = ContactPhase.Offered, AgentId = e.AgentId, FirstOfferedAt = s.FirstOfferedAt ?? e.At, LastMissedBy = null }),
            ContactEventType.Connected => Connect(s, at, e, subject),
            ContactEventType.Held => s.Phase != ContactPhase.Connected
                ? Refuse($"{subject} is not connected, so it can't be held.")
                : new ContactChange(at with { HoldStartedAt = e.At }),
            ContactEventType.Resumed => s.Phase != ContactPhase.Connected || s.HoldStartedAt is null
                ? Refuse($"{subject} is not on hold.")
                : new ContactChange(at with { HoldStartedAt = null, HoldSeconds = s.HoldSeconds + Seconds(s.HoldStartedAt, e.At) }),
            ContactEventType.Transferred => Transfer(s, at, e, subject),
            ContactEventType.Ended => s.Phase != ContactPhase.Connected
                ? Refuse($"{subject} was not answered: report 'abandoned' when the end user leaves the queue.")
                : new ContactChange(Released(at, s, e.At) with { Phase = ContactPhase.Ended, EndedAt = e.At, DisconnectedBy = e.Detail })
                {
                    Effect = new AgentEffect(s.AgentId!.Value, WorkStepKind.WrapUp),
                },
            ContactEventType.Abandoned => s.Phase == ContactPhase.Connected
                ? Refuse($"{subject} is connected: report 'ended' when it ends.")
                : new ContactChange(StopWaiting(at, s, e.At) with
                {
                    Phase = ContactPhase.Abandoned,
                    AgentId = null,
                    EndedAt = e.At,
                    FailReason = e.Detail ?? (s.Phase == ContactPhase.Selecting ? "eu_in_menu_abandoned" : "eu_abandoned"),
                })
                {
                    ClosesWait = s.Waiting ? new WaitClosing(e.At, WaitOutcome.Abandoned, null) : null,
                },
            ContactEventType.Missed => Miss(s, at, e, subject),
            ContactEventType.WrapUpEnded => EndWrapUp(s, at, e, subject),
            ContactEventType.Disposition => Disposition(s, at, e, subject),
            _ => Message(s, at, e, subject),
        };
    }

    /// <summary>The end user waits on a menu: the contact's first event, or the end of its time in the phone menu (in the language chosen there unless it says).</summary>
    private static ContactDecision Queue(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.Phase == ContactPhase.Connected)
        {
            return Refuse($"{subject} is connected; moving it to another menu is a transfer.");
        }

        if (s.Phase is not (ContactPhase.None or ContactPhase.Selecting))
        {
            return Refuse($"{subject} is already queued on another menu; moving it is a transfer.");
        }

        var lang = e.Lang ?? s.Lang ?? QueueValues.DefaultLang;
        return new ContactChange(at with { Phase = ContactPhase.Queued, MenuId = e.MenuId, Lang = lang, FirstQueuedAt = e.At, WaitingSince = e.At })
        {
            OpensWait = new WaitOpening(e.MenuId!.Value, lang, e.At, Transfer: false),
        };
    }

    private static ContactDecision Connect(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.Phase == ContactPhase.Connected)
        {
            return Refuse($"{subject} is connected to another agent; report a transfer first.");
        }

        if ((e.AgentId ?? (s.Phase == ContactPhase.Offered ? s.AgentId : null)) is not { } agent)
        {
            return Refuse($"{subject} is not offered to an agent: name the agent who answered (agent_id).");
        }

        return new ContactChange(StopWaiting(at, s, e.At) with
        {
            Phase = ContactPhase.Connected,
            AgentId = agent,
            LastHandlerId = agent,
            Handlers = s.Handlers.Add(agent),
            LastMissedBy = null,
            FirstConnectedAt = s.FirstConnectedAt ?? e.At,
        })
        {
            Effect = new AgentEffect(agent, WorkStepKind.Engage),
            ClosesWait = s.Waiting ? new WaitClosing(e.At, WaitOutcome.Answered, agent) : null,
        };
    }

    private static ContactDecision Transfer(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.Phase != ContactPhase.Connected)
        {
            return Refuse($"{subject} is not connected; only a connected {Noun(s)} is transferred.");
        }

        if (e.ToAgentId is { } toAgent && toAgent == s.AgentId)
        {
            return Refuse($"{subject} is already with this agent.");
        }

        var left = Released(at, s, e.At) with { Transfers = s.Transfers + 1 };
        var effect = new AgentEffect(s.AgentId!.Value, WorkStepKind.WrapUp);
        if (e.ToAgentId is { } agent)
        {
            return new ContactChange(left with { Phase = ContactPhase.Offered, AgentId = agent }) { Effect = effect };
        }

        var lang = e.Lang ?? s.Lang!;
        return new ContactChange(left with { Phase = ContactPhase.Queued, AgentId = null, MenuId = e.MenuId, Lang = lang, WaitingSince = e.At })
        {
            Effect = effect,
            OpensWait = new WaitOpening(e.MenuId!.Value, lang, e.At, Transfer: true),
        };
    }

    private static ContactDecision Miss(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.Phase == ContactPhase.Connected)
        {
            return Refuse($"{subject} was answered.");
        }

        if (s.Phase != ContactPhase.Offered || s.AgentId != e.AgentId)
        {
            return Refuse($"{subject} is not offered to this agent.");
        }

        var requeued = at with { Phase = ContactPhase.Queued, AgentId = null, LastMissedBy = e.AgentId, WaitingSince = s.WaitingSince ?? e.At };
        return new ContactChange(requeued)
        {
            Effect = new AgentEffect(e.AgentId!.Value, WorkStepKind.Missed),
            OpensWait = s.Waiting ? null : new WaitOpening(s.MenuId!.Value, s.Lang!, e.At, Transfer: s.Transfers > 0),
        };
    }

    private static ContactDecision EndWrapUp(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if ((e.AgentId ?? s.LastHandlerId) is not { } agent)
        {
            return Refuse($"{subject} was never answered, so no agent is in wrap-up for it.");
        }

        return s.Phase == ContactPhase.Connected && s.AgentId == agent
            ? Refuse($"{subject} is still connected to this agent: its wrap-up has not begun.")
            : new ContactChange(at) { Effect = new AgentEffect(agent, WorkStepKind.Release) };
    }

    /// <summary>
    /// A wrap-up code set by an agent who handled the contact (the one named, else the one on it now, else the last one),
    /// while connected or after its leg ended; it changes nothing but the contact's last event time.
    /// </summary>
    private static ContactDecision Disposition(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.LastHandlerId is not { } last)
        {
            return Refuse($"{subject} was never answered, so no agent set a wrap-up code for it.");
        }

        var agent = e.AgentId ?? last;
        return s.Handlers.Contains(agent)
            ? new ContactChange(at) { RecordedAgentId = agent }
            : Refuse($"{subject} was never connected to this agent, so it has no wrap-up code of its own for it.");
    }

    /// <summary>
    /// The end user's survey result: only for a contact that ended after an answer (an abandoned one had no conversation
    /// to rate), and once; a different second result is refused, the same one is a repeat.
    /// </summary>
    private static ContactDecision Rate(ContactState s, ContactState at, ContactFact e, string subject)
    {
        if (s.Phase != ContactPhase.Ended)
        {
            return Refuse(s.Phase == ContactPhase.Abandoned
                ? $"{subject} was abandoned before an answer, so there is nothing to rate."
                : $"{subject} has not ended: the end user rates it after the end.");
        }

        return s.RatingDetail is not null
            ? Refuse($"{subject} was already rated {ContactRatings.Rating(s.RatingDetail)}; the end user rates a contact once.")
            : new ContactChange(at with { RatingDetail = e.Detail });
    }

    private static ContactDecision Message(ContactState s, ContactState at, ContactFact e, string subject)
    {
        var counted = at with { Messages = s.Messages + 1, FirstMessageAt = s.FirstMessageAt ?? e.At, LastMessageAt = e.At };
        if (e.Detail != ContactValues.AgentSender)
        {
            return new ContactChange(counted with { AwaitingReplySince = s.AwaitingReplySince ?? e.At });
        }

        if (s.Phase != ContactPhase.Connected)
        {
            return Refuse($"{subject} is not picked up: an agent's message needs an agent.");
        }

        if (s.AwaitingReplySince is not { } since)
        {
            return new ContactChange(counted);
        }

        var response = Seconds(since, e.At);
        return new ContactChange(counted with
        {
            AwaitingReplySince = null,
            Responses = s.Responses + 1,
            ResponseSeconds = s.ResponseSeconds + response,
            LongestResponseSeconds = Math.Max(s.LongestResponseSeconds, response),
        });
    }

    /// <summary>Leaves the queue: the open wait's seconds count as waited.</summary>
    private static ContactState StopWaiting(ContactState next, ContactState s, DateTime at) =>
        next with { WaitingSince = null, WaitedSeconds = s.WaitedSeconds + Seconds(s.WaitingSince, at) };

    /// <summary>Leaves the agent: a hold in progress ends and counts.</summary>
    private static ContactState Released(ContactState next, ContactState s, DateTime at) =>
        next with { HoldStartedAt = null, HoldSeconds = s.HoldSeconds + Seconds(s.HoldStartedAt, at) };
}
