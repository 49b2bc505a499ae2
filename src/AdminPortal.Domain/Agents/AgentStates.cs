using System.Linq.Expressions;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// What an agent's status says about it, for queries (<see cref="Online"/>, <see cref="WrappingUp"/>) and for rows in
/// memory (<see cref="IsOnline"/>, <see cref="IsWrappingUp"/>); both say the same. Online: signed in (any status but the
/// offline category). Wrapping up: in the built-in Wrap-up status.
/// </summary>
public static class AgentStates
{
    public static Expression<Func<Agent, bool>> Online { get; } = a => a.Status!.Category != StatusCategory.Offline;

    public static Expression<Func<Agent, bool>> WrappingUp { get; } = a => a.Status!.BuiltInId == BuiltInStatuses.WrapUp.BuiltInId;

    public static bool IsOnline(StatusCategory category) => category != StatusCategory.Offline;

    public static bool IsWrappingUp(int? builtInId) => builtInId == BuiltInStatuses.WrapUp.BuiltInId;
}
