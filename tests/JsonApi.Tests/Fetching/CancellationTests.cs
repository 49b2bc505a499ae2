using JsonApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.Fetching;

/// <summary>A request the client abandons cancels the query it is running.</summary>
public sealed class CancellationTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Abandoned_request_cancels_its_query()
    {
        // Arrange
        await SeedAsync(Fakes.Article("Slow"));
        var slowQueries = Fixture.Services.GetRequiredService<SlowQueries>();
        using var abandon = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.Add(SlowQueries.Header, "yes");

        // Act: the client goes away once the query runs (earlier, there would be no query to cancel)
        var sending = Client.SendAsync(request, abandon.Token);
        await slowQueries.Started.WaitAsync(TimeSpan.FromSeconds(10));
        await abandon.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => sending);
        var finished = await Task.WhenAny(slowQueries.Cancelled, Task.Delay(TimeSpan.FromSeconds(10)));

        // Assert
        finished.ShouldBe(slowQueries.Cancelled, "the 30 s query stopped when the client went away");
        (await slowQueries.Cancelled).ShouldBeTrue();
    }
}
