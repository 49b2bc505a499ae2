using System.Threading.RateLimiting;
using AdminPortal.Web.Api.RateLimiting;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Api.RateLimiting;

/// <summary>The limiter behind every quota, on a manual clock.</summary>
public sealed class ClockedFixedWindowLimiterTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero).AddMilliseconds(250));

    [Fact]
    public void Window_admits_its_permits_then_refuses_until_the_next_second()
    {
        using var limiter = new ClockedFixedWindowLimiter(2, TimeSpan.FromSeconds(1), _clock);

        var admitted = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire().IsAcquired).ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(700));
        var sameWindow = limiter.AttemptAcquire();
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        var nextWindow = limiter.AttemptAcquire();

        admitted.ShouldBe([true, true, false]);
        sameWindow.IsAcquired.ShouldBeFalse();
        sameWindow.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBe(TimeSpan.FromMilliseconds(50));
        nextWindow.IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void Several_permits_at_once_take_what_is_left_or_nothing()
    {
        using var limiter = new ClockedFixedWindowLimiter(5, TimeSpan.FromSeconds(1), _clock);

        limiter.AttemptAcquire(3).IsAcquired.ShouldBeTrue();
        limiter.AttemptAcquire(3).IsAcquired.ShouldBeFalse();
        limiter.AttemptAcquire(2).IsAcquired.ShouldBeTrue();
        limiter.GetStatistics()!.CurrentAvailablePermits.ShouldBe(0);
        Should.Throw<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(6));
    }

    [Fact]
    public void Limiter_is_idle_only_once_its_used_window_has_ended_so_unused_partitions_are_freed()
    {
        using var limiter = new ClockedFixedWindowLimiter(2, TimeSpan.FromSeconds(1), _clock);
        _clock.Advance(TimeSpan.FromSeconds(3));
        limiter.IdleDuration.ShouldBe(TimeSpan.FromSeconds(3));

        limiter.AttemptAcquire();
        var busy = limiter.IdleDuration;
        _clock.Advance(TimeSpan.FromSeconds(2));

        busy.ShouldBeNull();
        limiter.IdleDuration.ShouldBe(TimeSpan.FromSeconds(1.25));
    }
}
