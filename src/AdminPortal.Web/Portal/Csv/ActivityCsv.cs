using System.Globalization;
using AdminPortal.Web.Portal.Queries;

namespace AdminPortal.Web.Portal.Csv;

/// <summary>The activity log as CSV: times in UTC ISO-8601, the activity as its code and in words.</summary>
public static class ActivityCsv
{
    public static readonly string[] Header =
        ["agent", "activity", "activity_name", "status", "started_at", "ended_at", "duration_seconds", "by"];

    public static Task<Stream> WriteAsync(IEnumerable<ActivityRow> rows) =>
        CsvFiles.WriteAsync(Header, rows, r =>
        [
            r.AgentName, r.Activity, DisplayNames.Activity(r.Activity), r.StatusName, CsvFiles.Utc(r.StartedAt),
            r.EndedAt is { } ended ? CsvFiles.Utc(ended) : null,
            r.Duration?.ToString("0.###", CultureInfo.InvariantCulture), r.Whodunnit ?? "system",
        ]);
}
