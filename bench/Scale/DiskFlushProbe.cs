using System.Diagnostics;

namespace Scale;

/// <summary>
/// The baseline for the status writes on SQLite: what the disk alone takes for the file work of the same number of commits,
/// with no database, no host and no client. It does what SQLite does for a commit in write-ahead-log mode with
/// <c>synchronous = FULL</c> and automatic checkpoints: appends the commit's pages to a log file and flushes it; when the log
/// has reached 1,000 pages, copies as many pages to scattered places of a database-sized file, flushes that, and starts the
/// log over. One commit at a time (as SQLite's one write lock allows), on the schedule of the rate the writers reached, in the
/// database's folder; each commit's time counts from its planned start, as the paced writers' answers do, so a commit held up
/// by a slow flush before it counts the wait. That is a floor for the writers' answers at that rate: a change cannot be
/// answered before it is on disk, nor written before the commit ahead of it.
/// </summary>
public static class DiskFlushProbe
{
    private const int PageSize = 4096;
    private const int PagesPerCommit = 8;
    private const int CheckpointPages = 1000;
    private const long DatabaseBytes = 256L * 1024 * 1024;

    public static async Task RunAsync(string folder, double commitsPerSecond, TimeSpan duration, TextWriter output)
    {
        var log = Path.Combine(folder, $"disk-probe-{Guid.NewGuid():N}.log");
        var database = Path.Combine(folder, $"disk-probe-{Guid.NewGuid():N}.db");
        try
        {
            var latencies = await Task.Run(() => Commit(log, database, commitsPerSecond, duration));
            await output.WriteLineAsync(
                $"  the disk alone, same commits paced at {commitsPerSecond:F0}/s: p50 {Percentiles.Of(latencies, 0.5):F1}, " +
                $"p99 {Percentiles.Of(latencies, 0.99):F1}, max {latencies.DefaultIfEmpty().Max():F1} ms; " +
                $"{latencies.Count(ms => ms > 40)} of {latencies.Count} over 40 ms");
        }
        finally
        {
            File.Delete(log);
            File.Delete(database);
        }
    }

    private static List<double> Commit(string logPath, string databasePath, double commitsPerSecond, TimeSpan duration)
    {
        using var log = new FileStream(logPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var database = new FileStream(databasePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        database.SetLength(DatabaseBytes);
        var commit = new byte[PagesPerCommit * PageSize];
        var page = new byte[PageSize];
        Random.Shared.NextBytes(commit);
        Random.Shared.NextBytes(page);

        var latencies = new List<double>();
        var logPages = 0;
        var begin = Stopwatch.GetTimestamp();
        for (var n = 0; Stopwatch.GetElapsedTime(begin) < duration; n++)
        {
            var planned = begin + (long)(n / commitsPerSecond * Stopwatch.Frequency);
            WaitUntil(planned);

            log.Position = (long)logPages * PageSize;
            log.Write(commit);
            log.Flush(flushToDisk: true);
            logPages += PagesPerCommit;
            if (logPages >= CheckpointPages)
            {
                for (var copied = 0; copied < logPages; copied++)
                {
                    database.Position = Random.Shared.NextInt64(DatabaseBytes / PageSize) * PageSize;
                    database.Write(page);
                }

                database.Flush(flushToDisk: true);
                logPages = 0;
            }

            latencies.Add(Stopwatch.GetElapsedTime(planned).TotalMilliseconds);
        }

        return latencies;
    }

    /// <summary>Sleeps to within a millisecond of the planned time, then yields until it: a sleep alone overshoots by up to a
    /// millisecond, which would count as the disk's.</summary>
    private static void WaitUntil(long planned)
    {
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), planned) is var early && early > TimeSpan.Zero)
        {
            if (early > TimeSpan.FromMilliseconds(1.5))
            {
                Thread.Sleep(early - TimeSpan.FromMilliseconds(1));
            }
            else
            {
                Thread.Yield();
            }
        }
    }
}
