using Microsoft.Extensions.Logging;

namespace AdminPortal.Domain.Statuses;

/// <summary>In-process fan-out of committed status changes to the subscribers of each organisation (portal circuits).</summary>
public sealed class StatusFeed(ILogger<StatusFeed> logger) : IStatusFeed
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Subscriber>> _subscribers = [];

    public IDisposable Subscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler, Func<Task>? missed = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = new Subscriber(handler, missed);
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(organisationId, out var subscribers))
            {
                subscribers = [];
                _subscribers[organisationId] = subscribers;
            }

            subscribers.Add(subscriber);
        }

        return new Subscription(this, organisationId, subscriber);
    }

    /// <summary>Calls every handler of the change's organisation; a failing handler is logged and does not affect the others.</summary>
    public void Publish(AgentStatusChanged change)
    {
        Subscriber[] subscribers;
        lock (_gate)
        {
            subscribers = _subscribers.TryGetValue(change.OrganisationId, out var list) ? [.. list] : [];
        }

        foreach (var subscriber in subscribers)
        {
            _ = InvokeAsync(() => subscriber.Handler(change));
        }
    }

    public void ReportMissed()
    {
        Subscriber[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers.Values.SelectMany(list => list)];
        }

        foreach (var subscriber in subscribers)
        {
            if (subscriber.Missed is { } missed)
            {
                _ = InvokeAsync(missed);
            }
        }
    }

    private async Task InvokeAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A status feed subscriber failed");
        }
    }

    private void Unsubscribe(Guid organisationId, Subscriber subscriber)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(organisationId, out var subscribers) && subscribers.Remove(subscriber) && subscribers.Count == 0)
            {
                _subscribers.Remove(organisationId);
            }
        }
    }

    private sealed class Subscriber(Func<AgentStatusChanged, Task> handler, Func<Task>? missed)
    {
        public Func<AgentStatusChanged, Task> Handler => handler;

        public Func<Task>? Missed => missed;
    }

    private sealed class Subscription(StatusFeed feed, Guid organisationId, Subscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(organisationId, subscriber);
            }
        }
    }
}
