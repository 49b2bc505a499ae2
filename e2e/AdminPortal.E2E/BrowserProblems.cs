using Microsoft.Playwright;

namespace AdminPortal.E2E;

/// <summary>
/// What a page's console and its Content-Security-Policy complain about: console errors and every
/// <c>securitypolicyviolation</c> event, recorded from the first script on, across navigations.
/// </summary>
public sealed class BrowserProblems
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
        """;

    private readonly List<string> _console = [];

    public static async Task<BrowserProblems> WatchAsync(IBrowserContext context)
    {
        var problems = new BrowserProblems();
        await context.AddInitScriptAsync(RecordViolations);
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems._console)
                {
                    problems._console.Add(message.Text);
                }
            }
        };
        return problems;
    }

    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_console)
            {
                return [.. _console];
            }
        }
    }

    /// <summary>The violations the current document of <paramref name="page"/> has seen.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
}
