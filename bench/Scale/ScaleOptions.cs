using System.Globalization;
using AdminPortal.Domain.Data;

namespace Scale;

/// <summary>What the scale bench measures and on which database.</summary>
public sealed record ScaleOptions
{
    public const string Usage =
        "Usage: dotnet run -c Release --project bench/Scale -- [--provider Sqlite|Postgres] [--agents 10000] [--database FILE] " +
        "[--samples 40] [--page-samples 5] [--page-warm-up 20] [--page-pause 300] [--write-seconds 10] [--write-warm-up 30] [--write-rate N ...] [--skip-pages] [--pages-only] [--page PATH ...] [--log-sql] [--timeline] [--screenshots DIR] [--traces DIR] [--chromium PATH]";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public int Agents { get; init; } = 10_000;

    /// <summary>SQLite: a seeded file to reuse (copied, so every run starts from the same data); seeded into when missing.</summary>
    public string? Database { get; init; }

    /// <summary>Timed requests per API request (after warm-up), one connection.</summary>
    public int Samples { get; init; } = 40;

    /// <summary>Timed loads per portal page.</summary>
    public int PageSamples { get; init; } = 5;

    /// <summary>Untimed loads of every page, round after round, before the timed ones: a server in use has run its code
    /// often enough for the runtime to have compiled it optimised, which a freshly started one has not.</summary>
    public int PageWarmUp { get; init; } = 20;

    /// <summary>Milliseconds to wait after closing a tab before the next load, so that one load's teardown (the tab's
    /// process, the circuit) does not share the two cores with the next one's start.</summary>
    public int PagePause { get; init; } = 300;

    /// <summary>How long the 8 concurrent status writers run.</summary>
    public int WriteSeconds { get; init; } = 10;

    /// <summary>Seconds the writers run untimed first, so that the runtime has compiled the write path optimised, as on a
    /// server in use. On two cores that takes longer than it seems: 10 s into the writes the tiered compiler's background
    /// thread still took ~17% of the processor (perf), much of the write path still ran its instrumented code, and a change
    /// cost 8.9–10.8 ms of processor time instead of 4.5–5.4 after 30 s.</summary>
    public int WriteWarmUp { get; init; } = 30;

    /// <summary>Status changes a second at which the writers also run on a fixed schedule, after the closed loop.</summary>
    public IReadOnlyList<int> WriteRates { get; init; } = [];

    public bool SkipPages { get; init; }

    /// <summary>Measure only the portal pages (no API requests, no status writes).</summary>
    public bool PagesOnly { get; init; }

    /// <summary>The portal pages to measure (every page when empty).</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>Log every SQL statement the host runs, with its duration, to the console.</summary>
    public bool LogSql { get; init; }

    /// <summary>Print, for each page load, when its requests ended and each circuit message came and went.</summary>
    public bool Timeline { get; init; }

    /// <summary>A folder to save a screenshot of each page into, as it was when ready, after its timed loads.</summary>
    public string? Screenshots { get; init; }

    /// <summary>A folder to save a Chromium performance trace of one more load of each page into (open it in the browser's
    /// performance panel or Perfetto).</summary>
    public string? Traces { get; init; }

    /// <summary>The browser that loads the pages: by default Chromium's headless shell (the browser engine without the
    /// browser's own interface, as Playwright runs headless pages) when it is installed, else the full Chromium, whose
    /// interface (a hidden address-bar popup page per tab) then shares the host's processors.</summary>
    public string Chromium { get; init; } =
        File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium";

    public static ScaleOptions Parse(string[] args)
    {
        var options = new ScaleOptions();
        for (var index = 0; index < args.Length; index++)
        {
            string Next() => index + 1 < args.Length ? args[++index] : throw new ArgumentException(Usage);
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[index] switch
            {
                "--provider" => options with { Provider = Enum.Parse<DatabaseProvider>(Next(), ignoreCase: true) },
                "--agents" => options with { Agents = Number() },
                "--database" => options with { Database = Next() },
                "--samples" => options with { Samples = Number() },
                "--page-samples" => options with { PageSamples = Number() },
                "--page-warm-up" => options with { PageWarmUp = Number() },
                "--page-pause" => options with { PagePause = Number() },
                "--write-seconds" => options with { WriteSeconds = Number() },
                "--write-warm-up" => options with { WriteWarmUp = Number() },
                "--write-rate" => options with { WriteRates = [.. options.WriteRates, Number()] },
                "--skip-pages" => options with { SkipPages = true },
                "--pages-only" => options with { PagesOnly = true },
                "--page" => options with { Pages = [.. options.Pages, Next()] },
                "--log-sql" => options with { LogSql = true },
                "--timeline" => options with { Timeline = true },
                "--screenshots" => options with { Screenshots = Next() },
                "--traces" => options with { Traces = Next() },
                "--chromium" => options with { Chromium = Next() },
                _ => throw new ArgumentException($"Unknown argument '{args[index]}'. {Usage}"),
            };
        }

        return options;
    }
}
