using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JsonApi.Bench;

/// <summary>What one timed slice of load on one URL measured.</summary>
public sealed record LoadSlice(int Requests, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, double P50Ms, double P99Ms);

/// <summary>Sends requests to a URL for a while: from this process (<see cref="InProcessDriver"/>) or from another (<see cref="WrkDriver"/>).</summary>
public interface ILoadDriver
{
    /// <summary>True when the client runs in this process, so this process's processor time is not the server's alone.</summary>
    bool SharesProcess { get; }

    Task<LoadSlice> RunAsync(string url, TimeSpan duration);
}

/// <summary>A few concurrent <see cref="HttpClient"/> loops in this process (its processor time includes theirs).</summary>
public sealed class InProcessDriver(HttpClient client, int concurrency) : ILoadDriver
{
    public bool SharesProcess => true;

    public async Task<LoadSlice> RunAsync(string url, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var local = new List<double>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
                local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return local;
        }).ToList();
        var latencies = (await Task.WhenAll(loops)).SelectMany(list => list).Order().ToList();
        return new LoadSlice(latencies.Count, watch.Elapsed, latencies, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    public static double Percentile(IReadOnlyList<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}

/// <summary><c>wrk</c> (Debian package <c>wrk</c>) in its own process, one thread and <paramref name="connections"/> keep-alive
/// connections: this process's processor time is then the server's alone.</summary>
public sealed partial class WrkDriver(Uri server, int connections) : ILoadDriver
{
    public bool SharesProcess => false;

    public async Task<LoadSlice> RunAsync(string url, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-t1", $"-c{connections}", $"-d{Math.Max(1, (int)Math.Round(duration.TotalSeconds))}s", "--latency",
                     "-H", "Accept: application/vnd.api+json", new Uri(server, url).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || output.Contains("Non-2xx", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk failed on {url}:\n{output}{await wrk.StandardError.ReadToEndAsync()}");
        }

        var totals = RequestsLine().Match(output);
        return new LoadSlice(int.Parse(totals.Groups[1].Value, CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(totals.Groups[2].Value, CultureInfo.InvariantCulture)), [],
            Latency(output, "50%"), Latency(output, "99%"));
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"(\d+) requests in ([\d.]+)s")]
    private static partial Regex RequestsLine();
}
