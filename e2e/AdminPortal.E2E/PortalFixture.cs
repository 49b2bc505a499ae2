using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>
/// The real host on Kestrel over a fresh SQLite database with the demo organisation (5 generated agents),
/// and one headless Debian Chromium for the whole run.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    /// <summary>A live circuit checks its account this often (a demoted user's open page ends within it).</summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromSeconds(2);

    /// <summary>A widget agent who has been gone for <see cref="PresenceGraceSeconds"/> goes Offline (swept every second).</summary>
    public const int PresenceGraceSeconds = 3;

    public AdminPortalHostFactory Host { get; } = new(new AdminPortalHostOptions
    {
        DemoAgents = 5,
        Settings = new Dictionary<string, string?>
        {
            ["Presence:GraceSeconds"] = PresenceGraceSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Presence:SweepSeconds"] = "1",
            ["Portal:RevalidationInterval"] = "00:00:02",
        },
    });

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where every page's screenshot is written (under the test output).</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Host).InitializeAsync();
        BaseAddress = Host.StartKestrel();
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (its own cookies) on the host, sized like a laptop screen.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1440, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    /// <summary>The demo organisation and one of its agents, read straight from the host's database.</summary>
    public async Task<Agent> AgentAsync(string email)
    {
        await using var scope = Host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        return await db.Agents.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Email == email);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}
