namespace AdminPortal.E2E;

/// <summary>A test run leaves the README's screenshots alone unless asked to refresh them.</summary>
public sealed class ScreenshotsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("true")]
    public void Readme_screenshots_are_left_alone_without_the_explicit_request(string? refresh) =>
        Screenshots.ReadmeFolder(refresh).ShouldBeNull();

    [Fact]
    public void Readme_screenshots_are_refreshed_in_docs_screenshots_on_request() =>
        Screenshots.ReadmeFolder("1").ShouldNotBeNull().Replace('\\', '/').ShouldEndWith("/docs/screenshots");
}
