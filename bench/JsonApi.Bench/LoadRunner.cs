using System.Diagnostics;

namespace JsonApi.Bench;

/// <summary>Drives one URL with a few concurrent HttpClient loops for a bounded time.</summary>
public static class LoadRunner
{
    public sealed record Result(string Name, int Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long BytesPerRequest, int ResponseBytes);

    public static async Task<Result> RunAsync(string name, HttpClient client, string url, TimeSpan warmup, TimeSpan duration, int concurrency)
    {
        await LoopAsync(client, url, warmup, concurrency, null);
        GC.Collect();
        var latencies = new List<double>[concurrency];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var count = await LoopAsync(client, url, duration, concurrency, latencies);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var all = latencies.SelectMany(list => list).Order().ToList();
        var size = (await client.GetByteArrayAsync(url)).Length;
        return new Result(name, count, count / watch.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), allocated / Math.Max(1, count), size);
    }

    private static async Task<int> LoopAsync(HttpClient client, string url, TimeSpan duration, int concurrency, List<double>[]? latencies)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var local = new List<double>();
            if (latencies is not null)
            {
                latencies[worker] = local;
            }

            var count = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
                local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                count++;
            }

            return count;
        }).ToList();
        return (await Task.WhenAll(tasks)).Sum();
    }

    private static double Percentile(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}
