using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> of the host (from the build the tests already made: <c>--no-build</c>, same configuration) into a
/// temp folder outside the repository, started as its own process from that folder on 127.0.0.1 and a free port, in
/// Production, on a fresh SQLite file; killed and deleted on dispose.
/// </summary>
public sealed partial class PublishedHost : IAsyncDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _root = Directory.CreateTempSubdirectory("adminportal-published-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string PublishFolder => Path.Combine(_root, "app");

    public Uri Address { get; private set; } = null!;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdminPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    public async Task PublishAsync()
    {
        var configuration = typeof(PublishedHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot(), "src", "AdminPortal.Web", "AdminPortal.Web.csproj");
        var (exitCode, output) = await RunToEndAsync("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", PublishFolder, "-nologo"], PublishTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({exitCode}):\n{output}");
        }
    }

    public async Task StartAsync()
    {
        var data = Path.Combine(_root, "data");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = PublishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "AdminPortal.Web.dll", "--urls", "http://127.0.0.1:0", "--DataFolder", data,
            "--ConnectionStrings:AdminPortal", $"Data Source={Path.Combine(data, "adminportal.db")}", "--Demo:Enabled", "false",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Record(line.Data, listening);
        _process.ErrorDataReceived += (_, line) => Record(line.Data, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The published host exited:\n{Output}"));
        _process.EnableRaisingEvents = true;
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Address = await listening.Task.WaitAsync(StartTimeout);
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans its temp folder later
        }
    }

    private void Record(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static async Task<(int ExitCode, string Output)> RunToEndAsync(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} took longer than {timeout}.");
        }

        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"AdminPortal is listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
