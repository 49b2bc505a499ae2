using System.Globalization;

namespace AdminPortal.Web.Portal;

/// <summary>
/// The viewer's time zone (from the browser, once the circuit is up; UTC until then) and how times read in it.
/// One per circuit; components that show times re-render when it becomes known.
/// </summary>
public sealed class ViewerTime
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>False until the browser told its time zone.</summary>
    public bool Known { get; private set; }

    public event Action? Changed;

    /// <summary>Uses the browser's IANA time zone (e.g. <c>Europe/Paris</c>); an unknown one keeps UTC.</summary>
    public void Use(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            zone = TimeZoneInfo.Utc;
        }

        var changed = !Known || zone.Id != Zone.Id;
        (Zone, Known) = (zone, true);
        if (changed)
        {
            Changed?.Invoke();
        }
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary><c>2026-01-05 10:00:00</c> in the viewer's zone; the time alone when <paramref name="sameDayAs"/> falls on the same local day.</summary>
    public string Format(DateTime utc, DateTime? sameDayAs = null)
    {
        var local = ToLocal(utc);
        var timeOnly = sameDayAs is { } other && ToLocal(other).Date == local.Date;
        return local.ToString(timeOnly ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>The UTC instant a local calendar day starts at in the viewer's zone.</summary>
    public DateTime StartOfDayUtc(DateTime localDate)
    {
        var midnight = DateTime.SpecifyKind(localDate.Date, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(midnight, Zone);
    }

    /// <summary>A short name of the zone for column headers, e.g. <c>Europe/Paris</c> or <c>UTC</c>.</summary>
    public string ZoneName => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;
}
