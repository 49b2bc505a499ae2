using AdminPortal.Web.Portal;
using AdminPortal.Web.Tests.Portal.Fakes;

namespace AdminPortal.Web.Tests.Portal.Widget;

public sealed class CircuitPresenceTests
{
    private static readonly Guid Organisation = Guid.CreateVersion7();
    private static readonly Guid Agent = Guid.CreateVersion7();

    private readonly FakePresenceTracker _tracker = new();

    [Fact]
    public async Task Dropped_connection_releases_the_widget_at_once_so_the_grace_period_starts()
    {
        var presence = new CircuitPresence(_tracker);
        presence.WidgetOpened(Organisation, Agent);

        await new PresenceCircuitHandler(presence).OnConnectionDownAsync(null!, CancellationToken.None);

        _tracker.OpenWidgets(Agent).ShouldBe(0);
    }

    [Fact]
    public async Task Reconnecting_takes_the_presence_back()
    {
        var presence = new CircuitPresence(_tracker);
        var handler = new PresenceCircuitHandler(presence);
        presence.WidgetOpened(Organisation, Agent);

        await handler.OnConnectionDownAsync(null!, CancellationToken.None);
        await handler.OnConnectionUpAsync(null!, CancellationToken.None);
        await handler.OnConnectionUpAsync(null!, CancellationToken.None);

        _tracker.OpenWidgets(Agent).ShouldBe(1);
    }

    [Fact]
    public async Task Reconnecting_after_the_widget_closed_does_not_bring_it_back()
    {
        var presence = new CircuitPresence(_tracker);
        var handler = new PresenceCircuitHandler(presence);
        presence.WidgetOpened(Organisation, Agent);

        presence.WidgetClosed();
        await handler.OnConnectionUpAsync(null!, CancellationToken.None);

        _tracker.OpenWidgets(Agent).ShouldBe(0);
    }

    [Fact]
    public void Circuit_end_releases_the_widget()
    {
        var presence = new CircuitPresence(_tracker);
        presence.WidgetOpened(Organisation, Agent);

        presence.Dispose();

        _tracker.OpenWidgets(Agent).ShouldBe(0);
    }
}
