using System.Runtime.InteropServices;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// The host's lifetime in place of the console lifetime: SIGTERM (<c>docker stop</c>), SIGINT (Ctrl+C) and SIGQUIT first
/// drain the host (<see cref="HostDrain"/>) while everything still runs, and only then stop it. The framework's own
/// stop closes every circuit's connection as soon as it begins, so pages could not be told to load elsewhere after it.
/// A second signal during the drain stops at once.
/// </summary>
public sealed class DrainingLifetime(HostDrain drain, IHostApplicationLifetime lifetime, ILogger<DrainingLifetime> logger) : IHostLifetime, IDisposable
{
    private readonly List<PosixSignalRegistration> _signals = [];
    private int _signalled;

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _signals.ForEach(s => s.Dispose());

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _signalled) > 1)
        {
            lifetime.StopApplication();
            return;
        }

        logger.LogInformation("{Signal}: draining, then stopping", context.Signal);
        _ = Task.Run(async () =>
        {
            try
            {
                await drain.DrainAsync(lifetime.ApplicationStopping);
            }
            finally
            {
                lifetime.StopApplication();
            }
        });
    }
}
