using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace AdminPortal.E2E;

/// <summary>
/// Debian's nginx (the apt package) on a free port of 127.0.0.1 in front of two hosts, run with the product's own
/// <c>deploy/nginx.conf</c> (the compose file's proxy: <c>ip_hash</c> stickiness, WebSockets, retries on 503) with only
/// the upstream addresses and the listening port replaced. Stopped (with its workers) on dispose.
/// </summary>
public sealed partial class NginxProxy : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public static bool IsInstalled => File.Exists(Executable);

    public static string SkipReason => $"nginx is not installed ({Executable}; apt-get install nginx): the test through a real proxy is skipped.";

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(Uri first, Uri second)
    {
        var folder = Directory.CreateTempSubdirectory("adminportal-nginx-").FullName;
        var port = FreePort();
        var site = File.ReadAllText(DeployedConfig());
        site = AdminPortalServer().Replace(site, match => $"server 127.0.0.1:{(match.Groups[1].Value == "1" ? first.Port : second.Port)}");
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        var user = Environment.UserName == "root" ? "user root;" : string.Empty;
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{site}}
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Executable, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at once: {await process.StandardError.ReadToEndAsync()} {proxy.ErrorLog}");
            }

            try
            {
                await client.GetAsync(new Uri(proxy.Address, "/health"));
                return proxy;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        proxy.Dispose();
        throw new TimeoutException("nginx did not answer within 10 s");
    }

    /// <summary>What nginx logged (for a failing test's message).</summary>
    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : string.Empty;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans its temp folder later
        }
    }

    private static string DeployedConfig()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "deploy", "nginx.conf");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("deploy/nginx.conf was not found above the test's folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"server adminportal-(\d):8080")]
    private static partial Regex AdminPortalServer();
}
