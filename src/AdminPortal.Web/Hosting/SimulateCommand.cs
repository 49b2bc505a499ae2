using System.Globalization;
using AdminPortal.Web.Hosting.Simulation;

namespace AdminPortal.Web.Hosting;

/// <summary>
/// <c>simulate --url URL --organisation SUBDOMAIN --secret SECRET [--minutes N] [--calls-per-minute 12] [--chats-per-minute 4] [--queues N]</c>:
/// drives realistic traffic through the intake API of a running host with an organisation credential, printing what it
/// did every 10 seconds; Ctrl+C (or the minutes running out) ends every contact it started.
/// </summary>
public static class SimulateCommand
{
    public const string Usage =
        "Usage: dotnet run --project src/AdminPortal.Web -- simulate --url http://127.0.0.1:5000 --organisation deathstar --secret SECRET " +
        "[--minutes 10] [--calls-per-minute 12] [--chats-per-minute 4] [--queues N]   (--key KEY instead of --organisation for a credential's key)";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "simulate")
        {
            return false;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error, stop.Token);
        return true;
    }

    /// <summary>Runs the simulation; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        var logger = loggers.CreateLogger("simulate");
        using var http = HttpTarget.Client(options.Url, options.User, options.Secret);
        var simulator = new TrafficSimulator(new HttpTarget(http, logger), options.Settings, TimeProvider.System, logger);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Minutes is { } minutes)
        {
            window.CancelAfter(TimeSpan.FromMinutes(minutes));
        }

        using var progress = new PeriodicTimer(TimeSpan.FromSeconds(10));
        var reporting = ReportAsync(simulator, progress, output, window.Token);
        try
        {
            if (!await simulator.RunAsync(window.Token))
            {
                await error.WriteLineAsync("No queue of this organisation has agents assigned: assign agents or teams to menus first.");
                return 1;
            }
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync($"The host refused the simulation: {exception.Message}");
            return 1;
        }

        await window.CancelAsync();
        await reporting;
        await output.WriteLineAsync($"Done: {simulator.Counts}");
        return 0;
    }

    private static async Task ReportAsync(TrafficSimulator simulator, PeriodicTimer timer, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await output.WriteLineAsync(simulator.Counts.ToString());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal sealed record SimulateOptions(Uri Url, string User, string Secret, int? Minutes, SimulationSettings Settings);

    internal static bool TryParse(string[] args, out SimulateOptions options, out string problem)
    {
        options = null!;
        problem = string.Empty;
        string? url = null, user = null, secret = null;
        int? minutes = null;
        var settings = new SimulationSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : null;
            switch (name)
            {
                case "--url":
                    url = value;
                    break;
                case "--organisation" or "--organization" or "--key":
                    user = value;
                    break;
                case "--secret":
                    secret = value;
                    break;
                case "--minutes" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0:
                    minutes = m;
                    break;
                case "--calls-per-minute" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var calls) && calls >= 0:
                    settings = settings with { CallsPerMinute = calls };
                    break;
                case "--queues" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var queues) && queues > 0:
                    settings = settings with { MaxQueues = queues };
                    break;
                case "--chats-per-minute" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var chats) && chats >= 0:
                    settings = settings with { ChatsPerMinute = chats };
                    break;
                default:
                    problem = $"Unknown option or bad value: {name} {value}".TrimEnd();
                    return false;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseAddress) || string.IsNullOrEmpty(user) || string.IsNullOrEmpty(secret))
        {
            problem = "--url (the host), --organisation (its subdomain, or --key) and --secret (of an organisation credential) are required.";
            return false;
        }

        options = new SimulateOptions(baseAddress, user, secret, minutes, settings);
        return true;
    }
}
