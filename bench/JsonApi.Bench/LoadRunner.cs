using System.Diagnostics;
using System.Runtime;

namespace JsonApi.Bench;

/// <summary>Measures two endpoints alternately with a load driver, reading this (server) process's processor time and allocations.</summary>
public static class LoadRunner
{
    private const int MaxWarmupPasses = 10;
    private const int QuietJit = 100;

    /// <summary><paramref name="CpuMsPerRequest"/>: processor time of this process per request (the server's alone when the
    /// driver runs in another process), which load from other processes disturbs far less than throughput.</summary>
    public sealed record Result(string Name, int Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long BytesPerRequest, int ResponseBytes, double CpuMsPerRequest,
        int WarmupPasses);

    /// <summary>Measures two endpoints in alternating rounds (A B, B A, A B, …) so that load from other processes
    /// on the machine falls on both alike; each endpoint gets <paramref name="duration"/> in total.</summary>
    public static async Task<(Result First, Result Second)> CompareAsync(ILoadDriver driver, HttpClient client, (string Name, string Url) first,
        (string Name, string Url) second, TimeSpan warmup, TimeSpan duration, int rounds)
    {
        // Warm both alternately, at least twice and until the JIT is done with them (at most 100 methods compiled in a
        // pass): on a loaded machine tiered compilation lags, and its processor time is the start-up's, not the serving's.
        var passes = 0;
        while (passes < MaxWarmupPasses)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await driver.RunAsync(first.Url, warmup / 2);
            await driver.RunAsync(second.Url, warmup / 2);
            if (++passes >= 2 && JitInfo.GetCompiledMethodCount() - compiled <= QuietJit)
            {
                break;
            }
        }

        var a = new Totals();
        var b = new Totals();
        var slice = duration / rounds;
        for (var round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { (first.Url, a), (second.Url, b) } : [(second.Url, b), (first.Url, a)];
            foreach (var (url, totals) in order)
            {
                await MeasureAsync(driver, url, slice, totals);
            }
        }

        return (await a.ToResultAsync(first.Name, client, first.Url, passes), await b.ToResultAsync(second.Name, client, second.Url, passes));
    }

    private static async Task MeasureAsync(ILoadDriver driver, string url, TimeSpan duration, Totals totals)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var measured = await driver.RunAsync(url, duration);
        totals.Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (allocated > 0)
        {
            // The runtime's total can briefly read low; a round whose difference is negative is left out of the average.
            totals.Allocated += allocated;
            totals.AllocationRequests += measured.Requests;
        }

        totals.Slices.Add(measured);
    }

    private sealed class Totals
    {
        public long Allocated { get; set; }

        public int AllocationRequests { get; set; }

        public TimeSpan Cpu { get; set; }

        public List<LoadSlice> Slices { get; } = [];

        public async Task<Result> ToResultAsync(string name, HttpClient client, string url, int warmupPasses)
        {
            var requests = Slices.Sum(s => s.Requests);
            var elapsed = TimeSpan.FromTicks(Slices.Sum(s => s.Elapsed.Ticks));
            var latencies = Slices.SelectMany(s => s.LatenciesMs).Order().ToList();

            // Raw latencies when the driver kept them; otherwise each slice's percentiles, weighted by its requests (p50) or the worst (p99).
            var p50 = latencies.Count > 0 ? InProcessDriver.Percentile(latencies, 0.50) : Slices.Sum(s => s.P50Ms * s.Requests) / Math.Max(1, requests);
            var p99 = latencies.Count > 0 ? InProcessDriver.Percentile(latencies, 0.99) : Slices.Max(s => s.P99Ms);
            var size = (await client.GetByteArrayAsync(url)).Length;
            return new Result(name, requests, requests / elapsed.TotalSeconds, p50, p99,
                Allocated / Math.Max(1, AllocationRequests), size, Cpu.TotalMilliseconds / Math.Max(1, requests), warmupPasses);
        }
    }
}
