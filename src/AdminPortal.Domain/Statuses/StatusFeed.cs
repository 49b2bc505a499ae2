using Microsoft.Extensions.Logging;

namespace AdminPortal.Domain.Statuses;

/// <summary>In-process fan-out of committed status changes to the subscribers of each organisation (portal circuits).</summary>
public sealed class StatusFeed(ILogger<StatusFeed> logger) : IStatusFeed
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Func<AgentStatusChanged, Task>>> _subscribers = [];

    public IDisposable Subscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(organisationId, out var handlers))
            {
                handlers = [];
                _subscribers[organisationId] = handlers;
            }

            handlers.Add(handler);
        }

        return new Subscription(this, organisationId, handler);
    }

    /// <summary>Calls every handler of the change's organisation; a failing handler is logged and does not affect the others.</summary>
    public void Publish(AgentStatusChanged change)
    {
        Func<AgentStatusChanged, Task>[] handlers;
        lock (_gate)
        {
            handlers = _subscribers.TryGetValue(change.OrganisationId, out var list) ? [.. list] : [];
        }

        foreach (var handler in handlers)
        {
            _ = InvokeAsync(handler, change);
        }
    }

    private async Task InvokeAsync(Func<AgentStatusChanged, Task> handler, AgentStatusChanged change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A status feed subscriber failed on the change of agent {AgentId}", change.AgentId);
        }
    }

    private void Unsubscribe(Guid organisationId, Func<AgentStatusChanged, Task> handler)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(organisationId, out var handlers) && handlers.Remove(handler) && handlers.Count == 0)
            {
                _subscribers.Remove(organisationId);
            }
        }
    }

    private sealed class Subscription(StatusFeed feed, Guid organisationId, Func<AgentStatusChanged, Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(organisationId, handler);
            }
        }
    }
}
