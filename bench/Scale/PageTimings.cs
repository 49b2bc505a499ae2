using System.Diagnostics;
using System.Text.Json;
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
            ExecutablePath = options.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        await output.WriteLineAsync($"Browser: {options.Chromium} {browser.Version}");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await SignInAsync(context);

        var pages = new List<(string Path, string Ready)>();
        foreach (var page in Pages.Where(p => options.Pages.Count == 0 || options.Pages.Contains(p.Path)))
        {
            if (await ExistsAsync(context, page.Path))
            {
                pages.Add(page);
            }
            else
            {
                await output.WriteLineAsync($"{page.Path,-44} (no such page)");
            }
        }

        var firstLoads = await WarmUpAsync(context, pages);
        var inApp = await InAppNavigationAsync(context, pages);
        await output.WriteLineAsync(
            $"{"page (Chromium)",-16} {"first",6} {"shown p50",10} {"ready p50",10} {"ready p95",10} {"host CPU",9} {"all CPU",8} " +
            $"{"in-app p50",11} {"in-app p95",11} {"host CPU",9}");
        foreach (var (path, ready) in pages)
        {
            var shown = new List<double>();
            var readyTimes = new List<double>();
            var hostCpu = TimeSpan.Zero;
            var machineCpu = TimeSpan.Zero;
            for (var index = 0; index < options.PageSamples; index++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var machineBefore = MachineBusyTime();
                var (contentLoaded, interactive) = await LoadAsync(context, path, ready, options.Timeline ? output : null);
                hostCpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                machineCpu += MachineBusyTime() - machineBefore;
                shown.Add(contentLoaded);
                readyTimes.Add(interactive);
                await Task.Delay(options.PagePause);
            }

            if (options.Screenshots is { } folder)
            {
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"{(path == "/" ? "board" : path.Trim('/'))}.png");
                await LoadAsync(context, path, ready, timeline: null, screenshot: file);
            }

            if (options.Traces is { } traces)
            {
                Directory.CreateDirectory(traces);
                await TraceAsync(browser, Path.Combine(traces, $"{(path == "/" ? "board" : path.Trim('/'))}.json"),
                    () => LoadAsync(context, path, ready, timeline: null));
            }

            var (navigations, navigationCpu) = inApp[path];
            await output.WriteLineAsync(
                $"{path,-16} {firstLoads[path],6:F0} {Percentiles.Of(shown, 0.5),10:F0} {Percentiles.Of(readyTimes, 0.5),10:F0} " +
                $"{Percentiles.Of(readyTimes, 0.95),10:F0} {hostCpu.TotalMilliseconds / readyTimes.Count,9:F0} {machineCpu.TotalMilliseconds / readyTimes.Count,8:F0} " +
                $"{Percentiles.Of(navigations, 0.5),11:F0} {Percentiles.Of(navigations, 0.95),11:F0} {navigationCpu,9:F0}");
        }

        await output.WriteLineAsync(
            "first: ready on the first load after the host started; shown/ready: a new tab opened on the page; host CPU: the host's " +
            "processor time per load; all CPU: every process's (Chromium's included, both cores); in-app: from a portal page " +
            "already open, following a link to the page (the circuit is up; no document load).");
    }

    /// <summary>Records a Chromium trace (every process: browser, renderer, network) while <paramref name="load"/> runs.</summary>
    private static async Task TraceAsync(IBrowser browser, string file, Func<Task> load)
    {
        var session = await browser.NewBrowserCDPSessionAsync();
        var events = new List<JsonElement>();
        var complete = new TaskCompletionSource();
        session.Event("Tracing.dataCollected").OnEvent += (_, data) => events.AddRange(data!.Value.GetProperty("value").EnumerateArray());
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["categories"] = "devtools.timeline,v8.execute,blink,loading,toplevel,disabled-by-default-devtools.timeline",
        });
        await load();
        await session.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, new { traceEvents = events });
        await session.DetachAsync();
    }

    /// <summary>In one tab with the portal open, moves to each page as a link in the navigation does, from another page,
    /// and times it until the page's data shows (in the page's own clock; elements the previous page had are marked first
    /// so that only the new page's count). Returns each page's times and its host processor time per navigation.</summary>
    private async Task<Dictionary<string, (List<double> Times, double HostCpu)>> InAppNavigationAsync(
        IBrowserContext context, List<(string Path, string Ready)> pages)
    {
        const string Navigate = """
            async ([path, selector]) => {
                if (location.pathname === path) return 0;
                document.querySelectorAll(selector).forEach(e => e.setAttribute('data-bench-stale', ''));
                const fresh = () => location.pathname === path && document.querySelector(`${selector}:not([data-bench-stale])`);
                const start = performance.now();
                await new Promise((resolve, reject) => {
                    setTimeout(() => reject(new Error(`${path} did not show ${selector} within 30 s`)), 30000);
                    const observer = new MutationObserver(() => { if (fresh()) { observer.disconnect(); resolve(); } });
                    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
                    Blazor.navigateTo(path);
                });
                return performance.now() - start;
            }
            """;
        var results = new Dictionary<string, (List<double>, double)>();
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(pages[0].Path);
            await page.Locator($"{Interactive} {pages[0].Ready}").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            foreach (var (path, ready) in pages)
            {
                // Another measured page, or any other page when only this one is measured (a link to itself would not move).
                var (otherPath, otherReady) = pages.Concat(Pages).First(p => p.Path != path);
                var times = new List<double>();
                var cpu = TimeSpan.Zero;
                for (var index = 0; index < options.PageSamples; index++)
                {
                    await page.EvaluateAsync<double>(Navigate, new[] { otherPath, otherReady });
                    await Task.Delay(options.PagePause);
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    times.Add(await page.EvaluateAsync<double>(Navigate, new[] { path, ready }));
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                    await Task.Delay(options.PagePause);
                }

                results[path] = (times, cpu.TotalMilliseconds / times.Count);
            }
        }
        finally
        {
            await page.CloseAsync();
        }

        return results;
    }

    /// <summary>Loads every page, round after round, untimed; returns each page's ready time on its first load.</summary>
    private async Task<Dictionary<string, double>> WarmUpAsync(IBrowserContext context, List<(string Path, string Ready)> pages)
    {
        var firstLoads = new Dictionary<string, double>();
        for (var round = 0; round < Math.Max(1, options.PageWarmUp); round++)
        {
            foreach (var (path, ready) in pages)
            {
                var (_, interactive) = await LoadAsync(context, path, ready, timeline: null);
                firstLoads.TryAdd(path, interactive);
                await Task.Delay(options.PagePause);
            }
        }

        return firstLoads;
    }

    /// <summary>Processor time every core of the machine has spent busy since boot (Linux; zero elsewhere).</summary>
    private static TimeSpan MachineBusyTime()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        // cpu  user nice system idle iowait irq softirq steal ... in clock ticks of 10 ms.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(long.Parse).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return TimeSpan.FromMilliseconds(busy * 10);
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
    private static async Task<(double ContentLoaded, double Ready)> LoadAsync(
        IBrowserContext context, string path, string ready, TextWriter? timeline, string? screenshot = null)
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

        ICDPSession? metrics = null;
        if (timeline is not null)
        {
            metrics = await context.NewCDPSessionAsync(page);
            await metrics.SendAsync("Performance.enable");
        }

        try
        {
            // The page notes the moment its data shows itself (the test below only sees it a round trip later).
            await page.AddInitScriptAsync($$"""
                new MutationObserver((_, observer) => {
                    if (!window.benchInteractiveAt && document.querySelector({{JsonSerializer.Serialize(Interactive)}})) {
                        window.benchInteractiveAt = performance.now();
                    }
                    if (document.querySelector({{JsonSerializer.Serialize($"{Interactive} {ready}")}})) {
                        window.benchReadyAt = performance.now();
                        observer.disconnect();
                    }
                }).observe(document, { childList: true, subtree: true, attributes: true });
                """);
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.Locator($"{Interactive} {ready}").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            var readyAt = await page.EvaluateAsync<double>("window.benchReadyAt ?? performance.now()");
            var contentLoaded = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            if (screenshot is not null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            }

            if (timeline is not null)
            {
                var interactiveAt = await page.EvaluateAsync<double>("window.benchInteractiveAt ?? 0");
                Note($"ready (page clock {readyAt:F0} ms; interactive {interactiveAt:F0} ms, DOMContentLoaded {contentLoaded:F0} ms)");
                var figures = (await metrics!.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
                    .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
                Note($"page's main thread: script {figures["ScriptDuration"] * 1000:F0} ms, style {figures["RecalcStyleDuration"] * 1000:F0} ms, " +
                    $"layout {figures["LayoutDuration"] * 1000:F0} ms, all tasks {figures["TaskDuration"] * 1000:F0} ms; {figures["Nodes"]:F0} DOM nodes");
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
