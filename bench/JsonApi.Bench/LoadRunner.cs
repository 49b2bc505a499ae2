using System.Diagnostics;

namespace JsonApi.Bench;

/// <summary>Drives URLs with a few concurrent HttpClient loops for a bounded time.</summary>
public static class LoadRunner
{
    /// <summary><paramref name="CpuMsPerRequest"/>: processor time of the whole process (server and client) per request,
    /// which load from other processes on the machine disturbs far less than throughput.</summary>
    public sealed record Result(string Name, int Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long BytesPerRequest, int ResponseBytes, double CpuMsPerRequest);

    /// <summary>Measures two endpoints in alternating rounds (A B, B A, A B, …) so that load from other processes
    /// on the machine falls on both alike; each endpoint gets <paramref name="duration"/> in total.</summary>
    public static async Task<(Result First, Result Second)> CompareAsync(HttpClient client, (string Name, string Url) first, (string Name, string Url) second,
        TimeSpan warmup, TimeSpan duration, int concurrency, int rounds)
    {
        // Warm both twice, alternately, so that tiered compilation has settled for each before measuring.
        for (var pass = 0; pass < 2; pass++)
        {
            await LoopAsync(client, first.Url, warmup / 2, concurrency, null);
            await LoopAsync(client, second.Url, warmup / 2, concurrency, null);
        }

        var a = new Totals();
        var b = new Totals();
        var slice = duration / rounds;
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                await MeasureAsync(client, first.Url, slice, concurrency, a);
                await MeasureAsync(client, second.Url, slice, concurrency, b);
            }
            else
            {
                await MeasureAsync(client, second.Url, slice, concurrency, b);
                await MeasureAsync(client, first.Url, slice, concurrency, a);
            }
        }

        return (await a.ToResultAsync(first.Name, client, first.Url), await b.ToResultAsync(second.Name, client, second.Url));
    }

    private static async Task MeasureAsync(HttpClient client, string url, TimeSpan duration, int concurrency, Totals totals)
    {
        GC.Collect();
        var latencies = new List<double>[concurrency];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var count = await LoopAsync(client, url, duration, concurrency, latencies);
        watch.Stop();
        totals.Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (allocated > 0)
        {
            // The runtime's total can briefly read low; a round whose difference is negative is left out of the average.
            totals.Allocated += allocated;
            totals.AllocationRequests += count;
        }

        totals.Requests += count;
        totals.Elapsed += watch.Elapsed;
        totals.Latencies.AddRange(latencies.SelectMany(list => list));
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

    private sealed class Totals
    {
        public int Requests { get; set; }

        public TimeSpan Elapsed { get; set; }

        public long Allocated { get; set; }

        public int AllocationRequests { get; set; }

        public TimeSpan Cpu { get; set; }

        public List<double> Latencies { get; } = [];

        public async Task<Result> ToResultAsync(string name, HttpClient client, string url)
        {
            var sorted = Latencies.Order().ToList();
            var size = (await client.GetByteArrayAsync(url)).Length;
            return new Result(name, Requests, Requests / Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
                Allocated / Math.Max(1, AllocationRequests), size, Cpu.TotalMilliseconds / Math.Max(1, Requests));
        }
    }

    private static double Percentile(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}
