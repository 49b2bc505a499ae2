using Microsoft.Playwright;

namespace AdminPortal.E2E;

/// <summary>
/// Screenshots under the test output (<c>screenshots/</c> beside the test assembly): what the viewport shows
/// (<c>name.png</c>) and the whole page (<c>name-full.png</c>). The README's ones (viewport) are copied to docs/screenshots
/// only when <see cref="RefreshReadmeVariable"/> is 1 (see the README: refreshing the screenshots).
/// </summary>
public static class Screenshots
{
    public const string RefreshReadmeVariable = "ADMINPORTAL_REFRESH_README_SCREENSHOTS";
    private static readonly string[] ForReadme = ["board", "agents", "widget", "board-dark", "queues", "audit"];

    /// <summary>Where the README's screenshots go in this run, or null when they are left alone.</summary>
    public static string? ReadmeFolder(string? refresh) =>
        refresh == "1" && RepositoryRoot() is { } root ? Path.Combine(root, "docs", "screenshots") : null;

    public static async Task TakeAsync(IPage page, PortalFixture fixture, string name)
    {
        var path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}-full.png"), FullPage = true });
        if (ForReadme.Contains(name) && ReadmeFolder(Environment.GetEnvironmentVariable(RefreshReadmeVariable)) is { } docs)
        {
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, $"{name}.png"), overwrite: true);
        }
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdminPortal.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
