using AdminPortal.Domain.Entities;
using Bogus;

namespace AdminPortal.Domain.Seeding;

/// <summary>
/// An agent's days as contiguous activity intervals: on each working day a login, a few status intervals
/// (calls and chats among them) and a logout that lasts until the next login. Each interval ends where the next
/// begins; the last one is open and holds the agent's current status. Also sets the agent's status time,
/// last login and call/chat counts to match.
/// </summary>
public sealed class ActivityHistoryGenerator(StatusSet statuses, HistorySettings settings)
{
    private static readonly string[] _chatTypes = ["Messaging Inbound (Web Chat)", "Messaging Inbound (App Chat)", "Messaging Inbound (SMS)"];

    public void Generate(Agent agent, int agentIndex, IReadOnlyList<AgentAssignment> assignments, History into)
    {
        var random = new Randomizer(settings.Seed + (agentIndex * 7919));
        var timeline = new Timeline(agent, into, settings.Now.AddDays(-settings.OperatorStatusDays), random.Bool(0.7f) ? StatusSource.Widget : StatusSource.Api);
        var online = !statuses.IsOffline(agent.StatusId);
        var today = settings.Now.Date;
        var dayOffset = agentIndex % 7;
        var startMinute = ((6 + (agentIndex % 9)) * 60) + random.Int(0, 30);

        for (var d = settings.Days - 1; d >= 0; d--)
        {
            var day = today.AddDays(-d);
            var isToday = d == 0;
            var shiftStart = day.AddMinutes(startMinute + random.Int(-15, 15));
            var shiftEnd = shiftStart.AddMinutes(random.Int(450, 510));
            if (isToday && online)
            {
                // on shift now; after the end of the previous shift, which may have run late into the night
                var earliest = (timeline.LastStartedAt ?? settings.Now.AddDays(-1)).AddSeconds(1);
                shiftStart = settings.Now.AddMinutes(-random.Int(20, 420));
                if (shiftStart <= earliest)
                {
                    shiftStart = earliest + ((settings.Now - earliest) / 2);
                }

                shiftEnd = settings.Now;
            }
            else if ((d + dayOffset) % 7 >= 5 || shiftEnd > settings.Now)
            {
                continue;
            }

            agent.LastLoginTime = shiftStart;
            timeline.Open(Activities.Login, statuses.Available, shiftStart, agent.Id);
            var finalStatus = isToday && online ? agent.StatusId : (Guid?)null;
            var firstStatusAt = shiftStart.AddMinutes(random.Int(2, 6));
            if (firstStatusAt >= shiftEnd)
            {
                firstStatusAt = shiftStart + ((shiftEnd - shiftStart) / 2);
            }

            WorkShift(timeline, agent, assignments, random, firstStatusAt, shiftEnd, finalStatus);
            if (finalStatus is null)
            {
                timeline.Open(Activities.Logout, statuses.Offline, shiftEnd, agent.Id);
            }
        }

        agent.StatusUpdatedAt = timeline.LastStartedAt ?? settings.Now.AddDays(-settings.Days);
        agent.SessionOrigin = online ? SessionOrigin.Api : SessionOrigin.None;
    }

    private void WorkShift(Timeline timeline, Agent agent, IReadOnlyList<AgentAssignment> assignments, Randomizer random, DateTime from, DateTime to, Guid? finalStatusId)
    {
        var picks = new List<UserStatus>(settings.SegmentsPerShift);
        for (var i = 0; i < settings.SegmentsPerShift; i++)
        {
            var previous = i > 0 ? picks[i - 1] : null;
            var status = previous == statuses.InCall && random.Bool(0.6f) ? statuses.WrapUp : statuses.PickWorking(random);
            picks.Add(status);
        }

        if (finalStatusId is { } current)
        {
            picks[^1] = statuses.ById(current);
        }

        WrapUpAfterContacts(picks);
        var weights = picks.Select(s => RelativeLength(s) * random.Double(0.5, 1.5)).ToArray();
        var scale = (to - from).TotalSeconds / weights.Sum();
        var start = from;
        (Guid? CallId, Guid? ChatId) contact = default;
        for (var i = 0; i < picks.Count; i++)
        {
            var end = i == picks.Count - 1 ? to : Min(start.AddSeconds(Math.Round(weights[i] * scale)), to);
            var open = finalStatusId is not null && i == picks.Count - 1;
            contact = Segment(timeline, agent, assignments, random, picks[i], start, open ? null : end, contact);
            start = end;
        }
    }

    /// <summary>A wrap-up follows a call or chat, as in the product: one that does not gets a call before it, or, first of a
    /// shift of several segments, becomes Available (a shift of one segment has no room for the call).</summary>
    private void WrapUpAfterContacts(List<UserStatus> picks)
    {
        for (var i = 0; i < picks.Count; i++)
        {
            if (picks[i] == statuses.WrapUp && (i == 0 || (picks[i - 1] != statuses.InCall && picks[i - 1] != statuses.InChat)))
            {
                if (i > 0)
                {
                    picks[i - 1] = statuses.InCall;
                }
                else if (picks.Count > 1)
                {
                    picks[i] = statuses.Available;
                }
            }
        }
    }

    /// <summary>Opens the segment's interval; returns the call or chat it is about (a wrap-up is about the contact before it).</summary>
    private (Guid? CallId, Guid? ChatId) Segment(Timeline timeline, Agent agent, IReadOnlyList<AgentAssignment> assignments, Randomizer random,
        UserStatus status, DateTime start, DateTime? end, (Guid? CallId, Guid? ChatId) previous)
    {
        var menu = assignments.Count > 0 ? random.ListItem((IList<AgentAssignment>)assignments) : null;
        if (status == statuses.InCall || status == statuses.MissedCall)
        {
            var missed = status == statuses.MissedCall;
            var call = NewCall(agent, menu, random, start, end, missed);
            timeline.History.Calls.Add(call);
            agent.CallCount += missed ? 0 : 1;
            timeline.Open(missed ? Activities.CallMissed : Activities.CallPickedUp, status, start, null, call.Id);
            return (call.Id, null);
        }

        if (status == statuses.InChat)
        {
            var chat = NewChat(agent, menu, random, start, end);
            timeline.History.Chats.Add(chat);
            agent.ChatCount++;
            timeline.Open(Activities.ChatPickedUp, status, start, null, chatId: chat.Id);
            return (null, chat.Id);
        }

        if (status == statuses.WrapUp)
        {
            timeline.Open(Activities.UserStatusChanged, status, start, null, previous.CallId, previous.ChatId);
            return previous;
        }

        timeline.Open(Activities.UserStatusChanged, status, start, status.System ? null : agent.Id);
        return default;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static double RelativeLength(UserStatus status) => status.BuiltInId switch
    {
        -4 => 3.0,   // Meal
        -2 => 1.2,   // Break
        -3 => 2.0,   // Special Task
        -5 => 0.1,   // Missed Call
        -6 => 0.3,   // Wrap-up
        _ => 1.0,
    };

    private static Call NewCall(Agent agent, AgentAssignment? menu, Randomizer random, DateTime start, DateTime? end, bool missed)
    {
        var wait = random.Int(5, 150);
        var duration = end is { } e ? (int)(e - start).TotalSeconds : 0;
        return new Call
        {
            OrganisationId = agent.OrganisationId,
            AgentId = agent.Id,
            SelectedMenuId = menu?.MenuId,
            Lang = menu?.Lang ?? "en",
            Status = missed ? "missed" : end is null ? "in_progress" : "finished",
            FailReason = missed ? "no_answer" : "nothing",
            EndUserId = random.Replace("#########"),
            SupportNumber = "+1212555" + random.Replace("####"),
            Verified = random.Bool(0.6f),
            Rating = !missed && end is not null && random.Bool(0.4f) ? random.Int(1, 5) : null,
            ServiceLevelEvent = wait <= 60 ? "in_sla" : random.Bool(0.1f) ? "excluded" : "not_in_sla",
            CreatedAt = start.AddSeconds(-wait),
            QueuedAt = start.AddSeconds(-wait + 2),
            AssignedAt = start.AddSeconds(-3),
            ConnectedAt = missed ? null : start,
            EndedAt = end,
            CallDuration = missed ? 0 : duration,
            HoldDuration = missed ? 0 : random.Int(0, Math.Min(120, duration / 4 + 1)),
            WaitDuration = wait,
        };
    }

    private static Chat NewChat(Agent agent, AgentAssignment? menu, Randomizer random, DateTime start, DateTime? end)
    {
        var wait = random.Int(3, 120);
        var messages = random.Int(4, 40);
        var average = random.Double(4, 45);
        return new Chat
        {
            OrganisationId = agent.OrganisationId,
            AgentId = agent.Id,
            SelectedMenuId = menu?.MenuId,
            Lang = menu?.Lang ?? "en",
            ChatType = random.ArrayElement(_chatTypes),
            Status = end is null ? "in_progress" : "finished",
            EndUserId = random.Replace("#########"),
            Verified = random.Bool(0.5f),
            Rating = end is not null && random.Bool(0.3f) ? random.Int(1, 5) : null,
            ServiceLevelEvent = wait <= 60 ? "in_sla" : "not_in_sla",
            CreatedAt = start.AddSeconds(-wait),
            QueuedAt = start.AddSeconds(-wait + 1),
            AssignedAt = start,
            EndsAt = end,
            FirstMsgSentAt = start.AddSeconds(random.Int(2, 20)),
            LastMsgSentAt = end,
            ChatDuration = end is { } e ? (int)(e - start).TotalSeconds : 0,
            WaitDuration = wait,
            MessageCount = messages,
            AverageResponseTime = Math.Round(average, 1),
            LongestResponseTime = Math.Round(average * random.Double(1.5, 4), 1),
        };
    }

    /// <summary>Opens intervals one after another, closing the previous one where the next begins.</summary>
    private sealed class Timeline(Agent agent, History history, DateTime recordStatusesFrom, StatusSource source)
    {
        private AgentActivityLog? _open;

        public History History => history;

        public DateTime? LastStartedAt => _open?.StartedAt;

        public void Open(string activity, UserStatus status, DateTime startedAt, Guid? whodunnitId, Guid? callId = null, Guid? chatId = null)
        {
            if (_open is not null)
            {
                _open.EndedAt = startedAt;
                _open.Duration = (startedAt - _open.StartedAt).TotalSeconds;
            }

            _open = new AgentActivityLog
            {
                OrganisationId = agent.OrganisationId,
                AgentId = agent.Id,
                Activity = activity,
                StartedAt = startedAt,
                StatusId = status.Id,
                WhodunnitId = whodunnitId,
                CallId = callId,
                ChatId = chatId,
            };
            history.ActivityLogs.Add(_open);

            if (startedAt >= recordStatusesFrom)
            {
                history.OperatorStatuses.Add(new OperatorStatus
                {
                    OrganisationId = agent.OrganisationId,
                    SipUserId = agent.Id,
                    Status = status.Name,
                    UserStatusId = status.Id,
                    Source = status.System ? StatusSource.System : source,
                    ChangedByUserId = status.System ? null : agent.Id,
                    CreatedAt = startedAt,
                });
            }
        }
    }
}
