using AdminPortal.Domain.Entities;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Domain.Queues;

/// <summary>Published after a committed intake event: the wallboard and the board refresh the queue it touched.</summary>
public sealed record QueueChanged(Guid OrganisationId, ContactKind Kind, Guid ContactId, Guid? MenuId, string EventType, DateTime At);

public interface IQueueFeed
{
    IDisposable Subscribe(Guid organisationId, Func<QueueChanged, Task> handler);

    void Publish(QueueChanged change);
}

/// <summary>In-process fan-out of committed queue changes to the subscribers of each organisation (portal circuits).</summary>
public sealed class QueueFeed(ILogger<QueueFeed> logger) : IQueueFeed
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Func<QueueChanged, Task>>> _subscribers = [];

    public IDisposable Subscribe(Guid organisationId, Func<QueueChanged, Task> handler)
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

        return new Subscription(() =>
        {
            lock (_gate)
            {
                if (_subscribers.TryGetValue(organisationId, out var handlers) && handlers.Remove(handler) && handlers.Count == 0)
                {
                    _subscribers.Remove(organisationId);
                }
            }
        });
    }

    /// <summary>Calls every handler of the change's organisation; a failing handler is logged and does not affect the others.</summary>
    public void Publish(QueueChanged change)
    {
        Func<QueueChanged, Task>[] handlers;
        lock (_gate)
        {
            handlers = _subscribers.TryGetValue(change.OrganisationId, out var list) ? [.. list] : [];
        }

        foreach (var handler in handlers)
        {
            _ = InvokeAsync(handler, change);
        }
    }

    private async Task InvokeAsync(Func<QueueChanged, Task> handler, QueueChanged change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A queue feed subscriber failed on {EventType} of {ContactId}", change.EventType, change.ContactId);
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
