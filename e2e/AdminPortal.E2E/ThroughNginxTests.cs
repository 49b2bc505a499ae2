using AdminPortal.Domain.Data;
using AdminPortal.Domain.Presence;
using AdminPortal.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>Two hosts on one PostgreSQL database behind a real nginx with the product's proxy configuration.</summary>
public sealed class ThroughNginxTests
{
    private const string TrooperEmail = "trooper2@empire.com";
    private const string Trooper = "Storm Trooper 2";

    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 10_000 };

    [NginxFact]
    public async Task A_widget_through_the_proxy_moves_the_board_on_the_other_host_and_survives_its_host_stopping()
    {
        await using var database = new EmptyPostgresDatabase();
        await database.InitializeAsync();
        var options = new AdminPortalHostOptions
        {
            Database = DatabaseProvider.Postgres,
            PostgresConnectionString = database.ConnectionString,
            DemoAgents = 0,
            Settings = new Dictionary<string, string?> { ["Presence:SweepSeconds"] = "1", ["Shutdown:DrainTimeout"] = "00:00:15" },
        };
        await using var first = new AdminPortalHostFactory(options);
        await using var second = new AdminPortalHostFactory(options);
        var firstAddress = first.StartKestrel();
        var secondAddress = second.StartKestrel();
        using var nginx = await NginxProxy.StartAsync(firstAddress, secondAddress);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = PortalFixture.ChromiumArgs,
        });

        // the agent's widget goes through the proxy, which keeps it on one host (sticky) over a WebSocket
        await using var agentContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = nginx.Address.ToString() });
        var agent = await agentContext.NewPageAsync();
        var agentSignIn = new SignInPage(agent);
        await agentSignIn.OpenAsync();
        await agentSignIn.SignInAsync(TrooperEmail, TestSecrets.AgentPassword);
        await agent.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        var widget = new WidgetPage(agent);
        await widget.WaitForCircuitAsync();
        var trooper = await AgentIdAsync(first);
        (await UntilAsync(() => OpenWidgets(first, trooper) + OpenWidgets(second, trooper) == 1)).ShouldBeTrue(nginx.ErrorLog);
        var (widgetHost, otherHost, otherAddress) = OpenWidgets(first, trooper) == 1
            ? (first, second, secondAddress)
            : (second, first, firstAddress);

        // the admin watches the board on the other host
        await using var adminContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = otherAddress.ToString() });
        var admin = await adminContext.NewPageAsync();
        var adminSignIn = new SignInPage(admin);
        await adminSignIn.OpenAsync();
        await adminSignIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/signin");
        var board = new BoardPage(admin);
        await board.GotoAsync();
        await board.WaitForCircuitAsync();
        await Assertions.Expect(board.Column("Available")).ToContainTextAsync(Trooper);

        await widget.StatusButton("Break").ClickAsync();

        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Break");
        await Assertions.Expect(board.Column("Break")).ToContainTextAsync(Trooper, Soon);

        // the widget's host stops gracefully: the page loads again through the proxy, from the other host
        await agent.EvaluateAsync("() => window.beforeTheStop = true");
        var stopping = widgetHost.RunningHost.StopAsync();

        await agent.WaitForFunctionAsync("() => window.beforeTheStop === undefined", null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        await widget.WaitForCircuitAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Break");
        (await UntilAsync(() => OpenWidgets(otherHost, trooper) == 1)).ShouldBeTrue(nginx.ErrorLog);
        await widget.StatusButton("Available").ClickAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Available");
        await Assertions.Expect(board.Column("Available")).ToContainTextAsync(Trooper, Soon);
    }

    private static int OpenWidgets(AdminPortalHostFactory host, Guid agentId) =>
        host.Services.GetRequiredService<IPresenceTracker>().OpenWidgets(agentId);

    private static async Task<Guid> AgentIdAsync(AdminPortalHostFactory host)
    {
        await using var scope = host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.Agents.IgnoreQueryFilters().Where(a => a.Email == TrooperEmail).Select(a => a.Id).SingleAsync();
    }

    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(100))
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }
}

/// <summary>A fact that needs PostgreSQL and Debian's nginx; skipped with the reason when either is missing.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.SkipReason;
        }
        else if (!NginxProxy.IsInstalled)
        {
            Skip = NginxProxy.SkipReason;
        }
    }
}
