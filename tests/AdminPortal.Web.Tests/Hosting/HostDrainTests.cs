using AdminPortal.Web.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>The drain of a stopping host: open pages are told to go, and the stop waits for them, at most the drain timeout.</summary>
public sealed class HostDrainTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ManualTimeProvider _clock = new();
    private readonly HostDrain _drain;

    public HostDrainTests() =>
        _drain = new HostDrain(Options.Create(new DrainOptions { DrainTimeout = Timeout }), _clock, NullLogger<HostDrain>.Instance);

    [Fact]
    public async Task Pages_that_load_again_elsewhere_end_the_drain_at_once()
    {
        IDisposable? page = null;
        page = _drain.Join(() =>
        {
            page!.Dispose();
            return Task.CompletedTask;
        });

        await _drain.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        _drain.Draining.ShouldBeTrue();
        _drain.OpenPages.ShouldBe(0);
    }

    [Fact]
    public async Task A_page_that_stays_holds_the_stop_until_the_drain_timeout_only()
    {
        var told = 0;
        using var page = _drain.Join(() =>
        {
            Interlocked.Increment(ref told);
            return Task.CompletedTask;
        });

        var draining = _drain.DrainAsync(CancellationToken.None);
        await Task.Delay(100);
        var beforeTimeout = draining.IsCompleted;
        _clock.Advance(Timeout);
        await draining.WaitAsync(TimeSpan.FromSeconds(5));

        told.ShouldBe(1);
        beforeTimeout.ShouldBeFalse();
        _drain.OpenPages.ShouldBe(1);
    }

    [Fact]
    public async Task A_page_that_connects_while_the_host_drains_is_told_to_go_at_once()
    {
        await _drain.DrainAsync(CancellationToken.None);
        var told = new TaskCompletionSource();

        using var late = _drain.Join(() =>
        {
            told.TrySetResult();
            return Task.CompletedTask;
        });

        await told.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
