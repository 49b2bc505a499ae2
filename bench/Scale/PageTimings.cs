using System.Diagnostics;
using Microsoft.Playwright;

namespace Scale;

/// <summary>
/// Portal pages in headless Chromium, each opened in a new tab of one signed-in browser: when the prerendered page shows
/// (DOMContentLoaded) and when it is ready, i.e. interactive (the circuit attached) with its data on screen.
/// </summary>
public sealed class PageTimings(ScaleHost host, ScaleOptions options, TextWriter output)
{
    private const string Interactive = "[data-interactive='true']";

    /// <summary>Each page and what shows that its data is there.</summary>
    public static readonly (string Path, string Ready)[] Pages =
    [
        ("/", ".board-column .board-agent"),
        ("/agents", ".agents-grid tbody tr.mud-table-row .cell-clip"),
        ("/teams", ".tree-list .tree-item"),
        ("/menus", ".tree-list .tree-item"),
        ("/assignments", "h1"),
        ("/activity", "tbody tr.mud-table-row .cell-clip"),
        ("/queues", "h1"),
        ("/statuses", "tbody tr[data-status]"),
        ("/settings", "h1"),
    ];

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public async Task RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await SignInAsync(context);

        await output.WriteLineAsync($"{"page (Chromium, new tab each)",-44} {"shown p50",10} {"ready p50",10} {"ready max",10}");
        foreach (var (path, ready) in Pages.Where(p => options.Pages.Count == 0 || options.Pages.Contains(p.Path)))
        {
            if (!await ExistsAsync(context, path))
            {
                await output.WriteLineAsync($"{path,-44} (no such page)");
                continue;
            }

            var shown = new List<double>();
            var readyTimes = new List<double>();
            for (var index = 0; index < options.PageSamples + 1; index++)
            {
                var (contentLoaded, interactive) = await LoadAsync(context, path, ready, options.Timeline ? output : null);
                if (index > 0)
                {
                    shown.Add(contentLoaded);
                    readyTimes.Add(interactive);
                }
            }

            await output.WriteLineAsync($"{path,-44} {Percentiles.Of(shown, 0.5),10:F0} {Percentiles.Of(readyTimes, 0.5),10:F0} {readyTimes.Max(),10:F0}");
        }
    }

    private async Task SignInAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(host.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ScaleHost.AgentPassword);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    private static async Task<bool> ExistsAsync(IBrowserContext context, string path) =>
        (await context.APIRequest.GetAsync(path)).Status == 200;

    /// <summary>Milliseconds from the start of the navigation to DOMContentLoaded and to ready.</summary>
    private static async Task<(double ContentLoaded, double Ready)> LoadAsync(IBrowserContext context, string path, string ready, TextWriter? timeline)
    {
        var page = await context.NewPageAsync();
        var events = new List<string>();
        var start = Stopwatch.StartNew();
        void Note(string what)
        {
            lock (events)
            {
                events.Add($"  {start.Elapsed.TotalMilliseconds,8:F0} ms  {what}");
            }
        }

        if (timeline is not null)
        {
            page.RequestFinished += (_, request) => Note($"finished {request.Method} {new Uri(request.Url).PathAndQuery}");
            page.WebSocket += (_, socket) =>
            {
                Note($"websocket {new Uri(socket.Url).AbsolutePath}");
                socket.FrameSent += (_, frame) => Note($"  sent {frame.Text?.Length ?? frame.Binary?.Length ?? 0} B");
                socket.FrameReceived += (_, frame) => Note($"  received {frame.Text?.Length ?? frame.Binary?.Length ?? 0} B");
            };
        }

        try
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.Locator($"{Interactive} {ready}").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            var readyAt = await page.EvaluateAsync<double>("performance.now()");
            var contentLoaded = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            if (timeline is not null)
            {
                Note($"ready (page clock {readyAt:F0} ms, DOMContentLoaded {contentLoaded:F0} ms)");
                await timeline.WriteLineAsync($"{path}:\n{string.Join('\n', events)}");
            }

            return (contentLoaded, readyAt);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
