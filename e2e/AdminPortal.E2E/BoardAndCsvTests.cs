using AdminPortal.E2E.Pages;
using Microsoft.Playwright;

namespace AdminPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class BoardAndCsvTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_board_search_narrows_the_columns_and_survives_a_reload()
    {
        var (context, page) = await Sessions.AdminAsync(fixture);
        await using var _ = context;
        var board = new BoardPage(page);
        await board.GotoAsync();
        await Assertions.Expect(board.Agents.Filter(new LocatorFilterOptions { HasText = "Darth Vader" })).ToHaveCountAsync(1);

        await board.Search.FillAsync("barry");

        await Assertions.Expect(board.Agents).ToHaveCountAsync(1);
        await Assertions.Expect(board.Agents.First).ToContainTextAsync("Barry Allen");
        await page.WaitForURLAsync(url => new Uri(url).Query == "?q=barry");
        await page.ReloadAsync();
        await board.WaitForCircuitAsync();
        await Assertions.Expect(board.Search).ToHaveValueAsync("barry");
        await Assertions.Expect(board.Agents).ToHaveCountAsync(1);
        await Assertions.Expect(board.Column("Offline")).ToContainTextAsync("Barry Allen");
    }

    [Fact]
    public async Task Agents_export_to_csv_and_an_edited_export_imports_back()
    {
        var (context, page) = await Sessions.AdminAsync(fixture);
        await using var _ = context;
        var agents = new AgentsPage(page);
        await agents.GotoAsync();
        await agents.Search.FillAsync("vader");
        await Assertions.Expect(agents.Rows).ToHaveCountAsync(1);

        var exported = await agents.ExportAsync();

        var lines = exported.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("email,first_name,middle_name,last_name,agent_number,extension_number,role,location,status,in_status_since");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith("notanakinskywalker@empire.com,Darth,,Vader,");

        // the export, edited into two new agents (and one broken row first), goes back in
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var edited = lines[1].Split(',');
        var rows = new[]
        {
            lines[0],
            string.Join(',', [$"anakin.{suffix}@empire.com", "Anakin", "", "Skywalker", "", "", .. edited[6..]]),
            string.Join(',', [$"padme.{suffix}@naboo.gov", "Padme", "", "Amidala", "", "", .. edited[6..]]),
        };
        var broken = new[] { rows[0], rows[1], "notanakinskywalker@empire.com,Darth,,Vader,,,agent,,," };
        var brokenFile = Path.Combine(Path.GetTempPath(), $"agents-{suffix}-broken.csv");
        var file = Path.Combine(Path.GetTempPath(), $"agents-{suffix}.csv");
        var slow = new LocatorAssertionsToContainTextOptions { Timeout = 20_000 };

        await File.WriteAllLinesAsync(brokenFile, broken);
        await agents.Button("Import CSV").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("import-file").SetInputFilesAsync(brokenFile);
        await Assertions.Expect(dialog.GetByTestId("import-summary")).ToContainTextAsync("1 row of 2 refused", slow);
        await Assertions.Expect(dialog.Locator("tr[data-line='3']")).ToContainTextAsync("is already used by another agent");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Import 2 agents" })).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, fixture, "agents-import-refused");

        await File.WriteAllLinesAsync(file, rows);
        await dialog.GetByTestId("import-file").SetInputFilesAsync(file);
        await Assertions.Expect(dialog.GetByTestId("import-summary")).ToContainTextAsync("2 agents ready to import.", slow);
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Import 2 agents" }).ClickAsync();
        await agents.Snackbar("2 agents imported").WaitForAsync();

        await agents.Search.FillAsync(suffix);
        await Assertions.Expect(agents.Rows).ToHaveCountAsync(2);
        var again = await agents.ExportAsync();
        again.ShouldContain($"anakin.{suffix}@empire.com,Anakin,,Skywalker,");
        again.ShouldContain($"padme.{suffix}@naboo.gov,Padme,,Amidala,");
    }

    [Fact]
    public async Task The_activity_log_exports_as_csv()
    {
        var (context, page) = await Sessions.AdminAsync(fixture);
        await using var _ = context;
        var activity = new ActivityPage(page);
        await activity.GotoAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => activity.Button("Export CSV").ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        text.TrimStart('\uFEFF').ShouldStartWith("agent,activity,activity_name,status,started_at,ended_at,duration_seconds,by\r\n");
        text.Split("\r\n").Length.ShouldBeGreaterThan(2);
        download.SuggestedFilename.ShouldStartWith("activity-");
    }

    [Theory]
    [InlineData(ColorScheme.Light, "-light")]
    [InlineData(ColorScheme.Dark, "-dark")]
    public async Task Screenshots_of_the_main_pages(ColorScheme scheme, string suffix)
    {
        var (context, page) = await Sessions.AdminAsync(fixture, scheme);
        await using var _ = context;

        var board = new BoardPage(page);
        await board.GotoAsync();
        await Assertions.Expect(board.Agents.First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, fixture, $"board{suffix}");
        var agents = new AgentsPage(page);
        await agents.GotoAsync();
        await Assertions.Expect(agents.Rows.First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, fixture, $"agents{suffix}");
        var teams = new TeamsPage(page);
        await teams.GotoAsync();
        await teams.SelectAsync("Storm Trooper Regiment");
        await Assertions.Expect(teams.Members).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, fixture, $"teams{suffix}");

        var (agentContext, agentPage) = await Sessions.SignInAsync(fixture, "craigT@nelson.com", TestBuildingBlocks.Hosting.TestSecrets.AgentPassword, 320, 420, scheme);
        await using var __ = agentContext;
        await new WidgetPage(agentPage).WaitForCircuitAsync();
        await Screenshots.TakeAsync(agentPage, fixture, $"widget-embed{suffix}");
    }

    [Theory]
    [InlineData(320, 420)]
    [InlineData(390, 844)]
    public async Task The_widget_fills_its_frame_without_a_gap_or_a_scrollbar(int width, int height)
    {
        var (context, page) = await Sessions.SignInAsync(fixture, "barry.allen@nelson.com", TestBuildingBlocks.Hosting.TestSecrets.AgentPassword, width, height);
        await using var _ = context;
        var widget = new WidgetPage(page);
        await widget.WaitForCircuitAsync();
        await Assertions.Expect(widget.CurrentStatus).ToBeVisibleAsync();

        var box = await page.Locator(".widget").BoundingBoxAsync();
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight, window.innerWidth, window.innerHeight]");
        await Screenshots.TakeAsync(page, fixture, $"widget-{width}x{height}");

        (width - box!.Width).ShouldBeLessThanOrEqualTo(20, "the widget spans its frame but for a small margin");
        scroll[0].ShouldBeLessThanOrEqualTo(scroll[2], "no horizontal scrolling");
        scroll[1].ShouldBeLessThanOrEqualTo(scroll[3], "no vertical scrolling");
    }
}
