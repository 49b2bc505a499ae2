namespace AdminPortal.Domain.Listings;

/// <summary>
/// Which agents have a call on hold, and since when. The call records the product keeps today carry a call's total hold
/// time but not a hold in progress, so <see cref="NoAgentHolds"/> answers none; the live call intake registers its own.
/// </summary>
public interface IAgentHolds
{
    /// <summary>The start of the current hold of each of <paramref name="agentIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<Guid, DateTime>> HeldSinceAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default);
}

public sealed class NoAgentHolds : IAgentHolds
{
    public Task<IReadOnlyDictionary<Guid, DateTime>> HeldSinceAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, DateTime>>(new Dictionary<Guid, DateTime>());
}
