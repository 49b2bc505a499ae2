using AdminPortal.Domain.Presence;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdminPortal.Web.Portal;

/// <summary>
/// The widget presence of one circuit. It is held while the circuit's connection is up and released the moment the
/// connection drops (a closed tab, a sleeping laptop, a lost network), so the grace period starts then, not minutes
/// later when the server gives up on the disconnected circuit. A reconnect within the grace period takes it back.
/// </summary>
public sealed class CircuitPresence(IPresenceTracker tracker) : IDisposable
{
    private readonly Lock _gate = new();
    private (Guid OrganisationId, Guid AgentId)? _widget;
    private IDisposable? _handle;

    public void WidgetOpened(Guid organisationId, Guid agentId)
    {
        lock (_gate)
        {
            _widget = (organisationId, agentId);
            _handle ??= tracker.WidgetOpened(organisationId, agentId);
        }
    }

    public void WidgetClosed()
    {
        lock (_gate)
        {
            _widget = null;
            Release();
        }
    }

    internal void ConnectionDown()
    {
        lock (_gate)
        {
            Release();
        }
    }

    internal void ConnectionUp()
    {
        lock (_gate)
        {
            if (_widget is { } widget && _handle is null)
            {
                _handle = tracker.WidgetOpened(widget.OrganisationId, widget.AgentId);
            }
        }
    }

    public void Dispose() => WidgetClosed();

    private void Release()
    {
        _handle?.Dispose();
        _handle = null;
    }
}

/// <summary>Tells the circuit's <see cref="CircuitPresence"/> when its connection drops and comes back.</summary>
internal sealed class PresenceCircuitHandler(CircuitPresence presence) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.ConnectionDown();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.ConnectionUp();
        return Task.CompletedTask;
    }
}
