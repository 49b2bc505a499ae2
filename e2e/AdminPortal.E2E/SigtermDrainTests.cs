using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AdminPortal.E2E.Pages;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>The host as its own process, stopped with SIGTERM (as <c>docker stop</c> does): its open pages are told to load again.</summary>
public sealed class SigtermDrainTests
{
    [Fact]
    public async Task An_open_page_is_told_to_load_again_when_its_host_gets_SIGTERM()
    {
        var folder = Directory.CreateTempSubdirectory("adminportal-sigterm-").FullName;
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "AdminPortal.Web.dll");
        using var host = Process.Start(new ProcessStartInfo("dotnet",
        [
            dll, "--urls", $"http://127.0.0.1:{port}", "--DataFolder", folder,
            "--ConnectionStrings:AdminPortal", $"Data Source={Path.Combine(folder, "adminportal.db")}",
            "--Demo:Agents", "0", "--Demo:Simulate", "false", "--Demo:AdminEmail", TestSecrets.AdminEmail,
            "--Demo:AdminPassword", TestSecrets.AdminPassword, "--Demo:AgentPassword", TestSecrets.AgentPassword,
            "--environment", "Development",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        })!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        host.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        host.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient();
            for (var i = 0; i < 300; i++)
            {
                try
                {
                    if ((await client.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(100);
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = PortalFixture.ChromiumArgs,
            });
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = $"http://127.0.0.1:{port}/" });
            var page = await context.NewPageAsync();
            var signIn = new SignInPage(page);
            await signIn.OpenAsync();
            await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/signin");
            var board = new BoardPage(page);
            await board.GotoAsync();
            await board.WaitForCircuitAsync();
            await page.EvaluateAsync("() => window.beforeTheStop = true");

            Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

            await page.WaitForFunctionAsync("() => window.beforeTheStop === undefined", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            (await page.ContentAsync()).ShouldContain("This server is restarting", customMessage: string.Join('\n', output));
            host.WaitForExit(20_000).ShouldBeTrue();
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
