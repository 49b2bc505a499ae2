using System.Collections.Concurrent;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>A subscriber of one host's status feed, as a board is: records every change and every "you may have missed some".</summary>
public sealed class FeedRecorder : IDisposable
{
    private readonly ConcurrentQueue<AgentStatusChanged> _changes = new();
    private readonly IDisposable _subscription;
    private int _missed;

    public FeedRecorder(IStatusFeed feed, Guid organisationId) =>
        _subscription = feed.Subscribe(organisationId, change =>
        {
            _changes.Enqueue(change);
            return Task.CompletedTask;
        }, () =>
        {
            Interlocked.Increment(ref _missed);
            return Task.CompletedTask;
        });

    public IReadOnlyCollection<AgentStatusChanged> Changes => _changes;

    public int Missed => Volatile.Read(ref _missed);

    /// <summary>Waits until a change of <paramref name="agentId"/> to <paramref name="status"/> arrives; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> ReceivesAsync(Guid agentId, string status, TimeSpan timeout) =>
        await UntilAsync(() => _changes.Any(c => c.AgentId == agentId && c.StatusName == status), timeout);

    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    public void Dispose() => _subscription.Dispose();
}
