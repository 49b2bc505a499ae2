using System.Net;
using System.Text.RegularExpressions;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>The artefact users run: the published output, started from its own folder, serves the whole web root.</summary>
public sealed partial class PublishedOutputTests
{
    [Fact]
    public async Task Published_host_serves_every_file_of_wwwroot_and_the_sign_in_page_with_its_styles_and_scripts()
    {
        await using var published = new PublishedHost();
        await published.PublishAsync();
        await published.StartAsync();
        using var client = new HttpClient { BaseAddress = published.Address };
        var webRoot = Path.Combine(PublishedHost.RepositoryRoot(), "wwwroot");

        var files = Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories).ToList();
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var path = "/" + Path.GetRelativePath(webRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}\n{published.Output}");
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(await File.ReadAllBytesAsync(file), path);
        }

        var signIn = await client.GetAsync("/signin");
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK, published.Output);
        var html = await signIn.Content.ReadAsStringAsync();
        var links = Linked().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        links.ShouldContain(l => l.EndsWith(".css", StringComparison.Ordinal) && l.StartsWith("app.", StringComparison.Ordinal));
        links.ShouldContain(l => l.Contains("MudBlazor", StringComparison.Ordinal) && l.EndsWith(".js", StringComparison.Ordinal));
        links.ShouldContain(l => l.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
            (await response.Content.ReadAsByteArrayAsync()).ShouldNotBeEmpty(link);
        }

        published.Output.ShouldNotContain("was not found in the built time manifest");
    }

    [GeneratedRegex("<(?:link[^>]+href|script[^>]+src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Linked();
}
