using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Scale;

/// <summary><c>POST /api/operator_statuses</c> from 8 concurrent clients, each moving its own agents between Break and
/// Available, for a fixed time.</summary>
public sealed class StatusWriteLoad(ScaleHost host, ScaleOptions options, TextWriter output)
{
    public const int Writers = 8;
    private const int AgentsPerWriter = 4;

    public async Task RunAsync(ApiTimings api)
    {
        var agents = await MovableAgentsAsync();
        using var client = await api.ClientAsync();
        using var concurrent = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Writers }) { BaseAddress = host.Address };
        concurrent.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        await LoopAsync(concurrent, agents, TimeSpan.FromSeconds(options.WriteWarmUp), []);
        await MeasureAsync("POST operator_statuses, 8 concurrent", latencies =>
            LoopAsync(concurrent, agents, TimeSpan.FromSeconds(options.WriteSeconds), latencies));
        foreach (var rate in options.WriteRates)
        {
            await MeasureAsync($"  same, paced at {rate}/s", latencies =>
                LoopAsync(concurrent, agents, TimeSpan.FromSeconds(options.WriteSeconds), latencies, rate));
        }
    }

    /// <summary>Runs one write phase and prints its latencies, rate and failures, then the process's processor time per change
    /// (host and clients: they share it) and its garbage-collection pauses in that time, and on SQLite how the write transactions
    /// took the database's one write turn, how long the process stood still (<see cref="StallWatch"/>), and what the disk alone
    /// takes for the same commits (<see cref="DiskFlushProbe"/>).</summary>
    private async Task MeasureAsync(string name, Func<List<double>, Task<int>> phase)
    {
        var latencies = new List<double>();
        using var turns = new WriteTurnMeter();
        using var stalls = new StallWatch();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        var fullBefore = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        var failures = await phase(latencies);
        watch.Stop();
        stalls.Dispose();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await output.WriteLineAsync(
            $"{name,-44} {Percentiles.Of(latencies, 0.5),8:F1} {Percentiles.Of(latencies, 0.95),8:F1}" +
            $"  p99 {Percentiles.Of(latencies, 0.99):F1} ms, max {latencies.DefaultIfEmpty().Max():F1} ms, " +
            $"{latencies.Count / watch.Elapsed.TotalSeconds:F0} changes/s, {failures} failed; " +
            $"{cpu.TotalMilliseconds / Math.Max(1, latencies.Count):F1} ms CPU a change, GC paused " +
            $"{(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms ({GC.CollectionCount(2) - fullBefore} full)");
        if (turns.Summary(watch.Elapsed) is { } turnSummary)
        {
            await output.WriteLineAsync(turnSummary);
        }

        await output.WriteLineAsync(stalls.Summary());
        if (host.SqliteFile is { } file)
        {
            var rate = latencies.Count / watch.Elapsed.TotalSeconds;
            await DiskFlushProbe.RunAsync(Path.GetDirectoryName(file)!, rate, TimeSpan.FromSeconds(options.WriteSeconds), output);
        }
    }

    /// <summary>
    /// The writers send as fast as their answers come (closed loop), or, given a <paramref name="rate"/>, on a fixed schedule
    /// shared among them (open loop: each latency counts from the planned send, so a late send counts its wait).
    /// </summary>
    private async Task<int> LoopAsync(HttpClient client, IReadOnlyList<Guid> agents, TimeSpan duration, List<double> latencies, int? rate = null)
    {
        var begin = Stopwatch.GetTimestamp();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var failures = 0;
        string? firstFailure = null;
        var workers = Enumerable.Range(0, Writers).Select(async writer =>
        {
            var local = new List<double>();
            for (var round = 0; Stopwatch.GetTimestamp() < deadline; round++)
            {
                var agent = agents[(writer * AgentsPerWriter) + (round % AgentsPerWriter)];
                var status = (round / AgentsPerWriter) % 2 == 0 ? "Break" : "Available";
                var body = $$"""{"data": {"type": "OperatorStatus", "attributes": {"sip_user_id": "{{agent}}", "source": "api", "status": "{{status}}"} } }""";
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");
                var start = Stopwatch.GetTimestamp();
                if (rate is { } perSecond)
                {
                    start = begin + (long)((((double)round * Writers) + writer) / perSecond * Stopwatch.Frequency);
                    if (start >= deadline)
                    {
                        break;
                    }

                    var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start);
                    if (early > TimeSpan.Zero)
                    {
                        await Task.Delay(early);
                    }
                }

                using var response = await client.PostAsync("/api/operator_statuses", content);
                var answer = await response.Content.ReadAsStringAsync();
                local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    if (Interlocked.Increment(ref failures) == 1)
                    {
                        firstFailure = $"{(int)response.StatusCode} {answer}";
                    }
                }
            }

            lock (latencies)
            {
                latencies.AddRange(local);
            }
        });
        await Task.WhenAll(workers);
        if (firstFailure is not null)
        {
            await output.WriteLineAsync($"  first failure: {firstFailure}");
        }

        return failures;
    }

    /// <summary>Agents an admin may move by hand: online and not in a system status.</summary>
    private async Task<IReadOnlyList<Guid>> MovableAgentsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var organisation = host.OrganisationId;
        return await db.Agents.IgnoreQueryFilters()
            .Where(a => a.OrganisationId == organisation && a.Status!.Category != StatusCategory.Offline && !a.Status.System)
            .OrderBy(a => a.NumericId).Select(a => a.Id).Take(Writers * AgentsPerWriter).ToListAsync();
    }
}
