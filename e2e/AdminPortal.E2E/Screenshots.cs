using Microsoft.Playwright;

namespace AdminPortal.E2E;

/// <summary>
/// Screenshots under the test output: what the viewport shows (<c>name.png</c>) and the whole page (<c>name-full.png</c>);
/// the README's ones (viewport) are also copied to docs/screenshots.
/// </summary>
public static class Screenshots
{
    private static readonly string[] ForReadme = ["board", "agents", "widget"];

    public static async Task TakeAsync(IPage page, PortalFixture fixture, string name)
    {
        var path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}-full.png"), FullPage = true });
        if (ForReadme.Contains(name) && RepositoryRoot() is { } root)
        {
            var docs = Path.Combine(root, "docs", "screenshots");
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
