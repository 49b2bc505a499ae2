namespace AdminPortal.Domain.Common;

internal static class Clock
{
    /// <summary>UTC now, truncated to microseconds so it round-trips through PostgreSQL unchanged.</summary>
    public static DateTime UtcNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    }

    public static DateTime AsUtc(this DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
