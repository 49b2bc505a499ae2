using System.Diagnostics;
using System.Text;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>
/// Runs the node scripts of <c>tests/AdminPortal.Web.Tests/node</c> (the OpenAPI linter and real JSON:API clients, pinned by its
/// package-lock.json). Its packages are installed with <c>npm ci</c> (as <c>.ci/run</c> does) when they are missing or older
/// than the lock file.
/// </summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim _install = new(1, 1);
    private static bool _installed;

    /// <summary>The node folder of the repository the tests were built from.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "AdminPortal.Web.Tests", "node");

    /// <summary>Why node tests cannot run here, or null when node is on PATH.</summary>
    public static string? SkipReason { get; } = FindOnPath("node") is null ? "node is not on PATH: install Node.js 20 or later (apt-get install nodejs npm) to run the OpenAPI linter and the JSON:API client tests." : null;

    public static async Task<ProcessResult> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        await EnsureInstalledAsync();
        return await ProcessResult.RunAsync("node", [script, .. arguments], Folder, environment, timeout ?? TimeSpan.FromMinutes(3));
    }

    private static async Task EnsureInstalledAsync()
    {
        await _install.WaitAsync();
        try
        {
            var marker = Path.Combine(Folder, "node_modules", ".package-lock.json");
            if (_installed || (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json"))))
            {
                _installed = true;
                return;
            }

            var npm = await ProcessResult.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder, null, TimeSpan.FromMinutes(5));
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {Folder} (exit {npm.ExitCode}):\n{npm.Output}");
            }

            _installed = true;
        }
        finally
        {
            _install.Release();
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AdminPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AdminPortal.sln above {AppContext.BaseDirectory}.");
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}

/// <summary>What a finished process printed (stdout and stderr together, in order) and its exit code.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string StandardOutput)
{
    public static async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, string folder,
        IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(line.Data);
                    standardOutput.AppendLine(line.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(line.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString(), standardOutput.ToString());
    }
}

/// <summary>A fact that runs node scripts; skipped with the reason when node is not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        Skip = NodeScripts.SkipReason;
    }
}
