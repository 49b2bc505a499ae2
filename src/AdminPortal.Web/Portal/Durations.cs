namespace AdminPortal.Web.Portal;

/// <summary>Readable durations: <c>45s</c>, <c>3m 07s</c>, <c>1h 02m</c>, <c>2d 04h</c>.</summary>
public static class Durations
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span switch
        {
            { TotalDays: >= 1 } => $"{(int)span.TotalDays}d {span.Hours:00}h",
            { TotalHours: >= 1 } => $"{(int)span.TotalHours}h {span.Minutes:00}m",
            { TotalMinutes: >= 1 } => $"{(int)span.TotalMinutes}m {span.Seconds:00}s",
            _ => $"{(int)span.TotalSeconds}s",
        };
    }

    public static string Format(double? seconds) => seconds is { } s ? Format(TimeSpan.FromSeconds(s)) : "–";

    public static string Since(DateTime startedAtUtc, DateTime nowUtc) => Format(nowUtc - startedAtUtc);
}
