using AdminPortal.Domain.Data;
using AdminPortal.E2E.Pages;
using Microsoft.Playwright;
using TestBuildingBlocks.Database;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>Two hosts on Kestrel over one PostgreSQL database, as a proxy would spread users over them.</summary>
public sealed class TwoHostsScenarioTests
{
    [PostgresFact]
    public async Task A_widget_on_one_host_moves_the_board_on_the_other()
    {
        await using var database = new EmptyPostgresDatabase();
        await database.InitializeAsync();
        var options = new AdminPortalHostOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = database.ConnectionString, DemoAgents = 0 };
        await using var hostA = new AdminPortalHostFactory(options);
        await using var hostB = new AdminPortalHostFactory(options);
        var addressA = hostA.StartKestrel();
        var addressB = hostB.StartKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = PortalFixture.ChromiumArgs,
        });

        // the admin watches the board on host B
        await using var adminContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = addressB.ToString() });
        var admin = await adminContext.NewPageAsync();
        var adminSignIn = new SignInPage(admin);
        await adminSignIn.OpenAsync();
        await adminSignIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await admin.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/signin");
        var board = new BoardPage(admin);
        await board.GotoAsync();
        await board.WaitForCircuitAsync();
        await Assertions.Expect(board.Column("Available")).ToContainTextAsync("Storm Trooper 1");

        // the agent's widget runs on host A
        await using var agentContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = addressA.ToString() });
        var agent = await agentContext.NewPageAsync();
        var agentSignIn = new SignInPage(agent);
        await agentSignIn.OpenAsync();
        await agentSignIn.SignInAsync("trooper1@empire.com", TestSecrets.AgentPassword);
        await agent.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/widget");
        var widget = new WidgetPage(agent);
        await widget.WaitForCircuitAsync();
        await widget.StatusButton("Break").ClickAsync();
        await Assertions.Expect(widget.CurrentStatus).ToHaveTextAsync("Break");

        await Assertions.Expect(board.Column("Break")).ToContainTextAsync("Storm Trooper 1", new LocatorAssertionsToContainTextOptions { Timeout = 5_000 });
        await Assertions.Expect(board.Column("Available")).Not.ToContainTextAsync("Storm Trooper 1");
    }
}
