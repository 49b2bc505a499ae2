using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// The status rules for steps of call and chat work, decided for the system (<see cref="StatusTransition"/> sends them
/// here). An agent answering goes In-call or In-chat unless it is offline (refused: the phone system cannot sign anyone
/// in), and the status it had is remembered as its next status unless one is set or it comes from a system status. An
/// ended call puts the agent in Wrap-up only while it is still on that call; a missed offer gives Missed Call unless the
/// agent is offline or on another call; the end of wrap-up moves the agent to its next status (else Available) only while
/// it is in wrap-up of that call. A step that no longer applies changes nothing and says why.
/// </summary>
public static class WorkTransition
{
    public static StatusDecision Decide(AgentStatusState state, WorkStep step)
    {
        var current = state.Current;
        var statuses = state.Statuses;
        var offline = current.Category == StatusCategory.Offline;
        var onItem = state.OnItem == step.Item;
        switch (step.Kind)
        {
            case WorkStepKind.Engage:
                var engaged = statuses.Of(step.Item.Kind == ContactKind.Call ? BuiltInStatuses.InCall : BuiltInStatuses.InChat)!;
                if (offline)
                {
                    return StatusRefusal.Rule(StatusMessages.OfflineOrLoggedOut);
                }

                if (onItem && current.Id == engaged.Id)
                {
                    return new StatusUnchanged(SessionChange.Kept, StatusMessages.AlreadyOnItem);
                }

                var remember = state.Next is null && !current.System ? NextStatusChange.To(current) : NextStatusChange.Keep;
                var activity = step.Item.Kind == ContactKind.Call ? Activities.CallPickedUp : Activities.ChatPickedUp;
                return Work(engaged, activity, step, remember);

            case WorkStepKind.WrapUp:
                return state.Working && onItem
                    ? Work(statuses.Of(BuiltInStatuses.WrapUp)!, Activities.UserStatusChanged, step, NextStatusChange.Keep)
                    : new StatusUnchanged(SessionChange.Kept, StatusMessages.NotOnItem);

            case WorkStepKind.Missed:
                if (offline)
                {
                    return new StatusUnchanged(SessionChange.Kept, StatusMessages.OfflineOrLoggedOut);
                }

                var missedActivity = step.Item.Kind == ContactKind.Call ? Activities.CallMissed : Activities.UserStatusChanged;
                return state.Working
                    ? new StatusUnchanged(SessionChange.Kept, StatusMessages.BusyWithOtherWork)
                    : Work(statuses.Of(BuiltInStatuses.MissedCall)!, missedActivity, step, NextStatusChange.Keep);

            default:
                if (!onItem || !AgentStatusState.Is(current, BuiltInStatuses.WrapUp))
                {
                    return new StatusUnchanged(SessionChange.Kept, StatusMessages.NotInWrapUpOfItem);
                }

                var next = state.Next is { Deleted: false } chosen ? chosen : statuses.Of(BuiltInStatuses.Available)!;
                return new StatusMove(next, Activities.UserStatusChanged, StatusSource.System, SessionChange.Kept);
        }
    }

    private static StatusMove Work(UserStatus target, string activity, WorkStep step, NextStatusChange next) =>
        new(target, activity, StatusSource.System, SessionChange.Kept) { Item = step.Item, Next = next };
}
