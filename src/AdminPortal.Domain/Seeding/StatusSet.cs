using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Bogus;

namespace AdminPortal.Domain.Seeding;

/// <summary>An organisation's statuses with the weights generated agents are spread over (most of them online).</summary>
public sealed class StatusSet
{
    private readonly Dictionary<int, UserStatus> _builtIn;
    private readonly Dictionary<Guid, UserStatus> _byId;
    private readonly (UserStatus Status, int Weight)[] _current;
    private readonly (UserStatus Status, int Weight)[] _working;

    public StatusSet(IEnumerable<UserStatus> statuses)
    {
        var all = statuses.Where(s => !s.Deleted).ToList();
        _builtIn = all.Where(s => s.BuiltInId is not null).ToDictionary(s => s.BuiltInId!.Value);
        _byId = all.ToDictionary(s => s.Id);
        var custom = all.Where(s => s.BuiltInId is null).ToList();

        _current = Weighted(custom, 3,
            (BuiltInStatuses.Available, 30), (BuiltInStatuses.InCall, 16), (BuiltInStatuses.InChat, 6), (BuiltInStatuses.WrapUp, 6),
            (BuiltInStatuses.Break, 7), (BuiltInStatuses.Meal, 4), (BuiltInStatuses.Unavailable, 5), (BuiltInStatuses.SpecialTask, 3),
            (BuiltInStatuses.MissedCall, 2), (BuiltInStatuses.Offline, 15));
        _working = Weighted(custom, 2,
            (BuiltInStatuses.Available, 30), (BuiltInStatuses.InCall, 24), (BuiltInStatuses.InChat, 8), (BuiltInStatuses.WrapUp, 6),
            (BuiltInStatuses.Break, 7), (BuiltInStatuses.Meal, 3), (BuiltInStatuses.Unavailable, 4), (BuiltInStatuses.SpecialTask, 3),
            (BuiltInStatuses.MissedCall, 3));
    }

    public UserStatus Available => Get(BuiltInStatuses.Available);
    public UserStatus Offline => Get(BuiltInStatuses.Offline);
    public UserStatus InCall => Get(BuiltInStatuses.InCall);
    public UserStatus InChat => Get(BuiltInStatuses.InChat);
    public UserStatus WrapUp => Get(BuiltInStatuses.WrapUp);
    public UserStatus MissedCall => Get(BuiltInStatuses.MissedCall);

    public UserStatus Get(BuiltInStatus status) => _builtIn.TryGetValue(status.BuiltInId, out var found)
        ? found
        : throw new InvalidOperationException($"The organisation has no built-in status '{status.Name}'.");

    public UserStatus ById(Guid statusId) => _byId.TryGetValue(statusId, out var found)
        ? found
        : throw new InvalidOperationException($"The status {statusId} is not one of the organisation's.");

    public bool IsOffline(Guid statusId) => statusId == Offline.Id;

    /// <summary>A status for an agent right now: every status occurs, most agents are online.</summary>
    public UserStatus PickCurrent(Randomizer random) => Pick(_current, random);

    /// <summary>A status an agent passes through during a shift.</summary>
    public UserStatus PickWorking(Randomizer random) => Pick(_working, random);

    private static UserStatus Pick((UserStatus Status, int Weight)[] weighted, Randomizer random)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = random.Int(0, total - 1);
        foreach (var (status, weight) in weighted)
        {
            if (roll < weight)
            {
                return status;
            }

            roll -= weight;
        }

        return weighted[^1].Status;
    }

    private (UserStatus, int)[] Weighted(List<UserStatus> custom, int customWeight, params (BuiltInStatus Status, int Weight)[] builtIn) =>
        builtIn.Where(b => _builtIn.ContainsKey(b.Status.BuiltInId))
            .Select(b => (_builtIn[b.Status.BuiltInId], b.Weight))
            .Concat(custom.Select(c => (c, customWeight)))
            .ToArray();
}
