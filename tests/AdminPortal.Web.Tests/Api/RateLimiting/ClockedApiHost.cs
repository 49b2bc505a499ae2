using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.RateLimiting;

/// <summary>
/// The API host on a clock the tests move: the rate limiter's one-second windows turn over when <see cref="NextWindow"/>
/// says so, never by waiting. The clock starts half a second into a second.
/// </summary>
public abstract class ClockedApiHost : ApiHost
{
    protected ClockedApiHost()
        : this(new ManualTimeProvider(HalfPastThisSecond()))
    {
    }

    private ClockedApiHost(ManualTimeProvider clock)
        : base(new AdminPortalHostOptions { DemoAgents = 0, Environment = services => services.AddSingleton<TimeProvider>(clock) })
    {
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    /// <summary>Moves the clock one second on: the next request starts a fresh window, half a second from its end.</summary>
    public void NextWindow() => Clock.Advance(TimeSpan.FromSeconds(1));

    private static DateTimeOffset HalfPastThisSecond()
    {
        var now = DateTimeOffset.UtcNow.UtcTicks;
        return new DateTimeOffset(now - (now % TimeSpan.TicksPerSecond) + (TimeSpan.TicksPerSecond / 2), TimeSpan.Zero);
    }
}
