using AdminPortal.Web.Hosting;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdminPortal.Web.Portal;

/// <summary>
/// One circuit's part in <see cref="HostDrain"/>: counted while its connection is up, and asked to load its page again
/// (through the proxy, so from another host) when the host drains. The page sets <see cref="Leave"/> (<c>LeaveOnDrain</c>).
/// </summary>
public sealed class PageDrain
{
    /// <summary>Reloads the page; set by the page once it runs on the circuit.</summary>
    public Func<Task>? Leave { get; set; }

    internal Task LeaveAsync() => Leave is { } leave ? leave() : Task.CompletedTask;
}

/// <summary>Joins the circuit to <see cref="HostDrain"/> while its connection is up.</summary>
internal sealed class DrainCircuitHandler(HostDrain drain, PageDrain page) : CircuitHandler, IDisposable
{
    private readonly Lock _gate = new();
    private IDisposable? _joined;

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _joined ??= drain.Join(page.LeaveAsync);
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _joined?.Dispose();
            _joined = null;
        }
    }
}
