using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApi.Tests.AtomicOperations;

/// <summary>An atomic request is bounded (operations per request), admitted by the application's gate knowing its size before
/// anything runs, reads each result as it runs, and points refusals at the failing operation.</summary>
public sealed class AtomicLimitTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(IEnumerable<object> operations, string? budget = null)
    {
        var (status, body, _) = await PostWithHeadersAsync(operations, budget);
        return (status, body);
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers)> PostWithHeadersAsync(IEnumerable<object> operations, string? budget = null)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { ["atomic:operations"] = operations }), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/operations") { Content = content };
        if (budget is not null)
        {
            request.Headers.Add(OperationBudgetGate.Header, budget);
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    private static object AddArticle(string title) => new { op = "add", data = new { type = "Article", attributes = new { title } } };

    [Fact]
    public async Task Cannot_send_more_operations_than_allowed()
    {
        // Act
        var (status, body) = await PostAsync(Enumerable.Range(0, 101).Select(index => AddArticle($"A{index}")));

        // Assert
        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body!["errors"]![0]!["detail"]!.GetValue<string>().ShouldContain("at most 100");
        body["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations");
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Can_send_as_many_operations_as_allowed()
    {
        // Act
        var (status, body) = await PostAsync(Enumerable.Range(0, 100).Select(index => AddArticle($"A{index}")));

        // Assert
        status.ShouldBe(HttpStatusCode.OK);
        body!["atomic:results"]!.AsArray().Count.ShouldBe(100);
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(100);
    }

    [Fact]
    public async Task Gate_admits_or_refuses_a_request_by_its_number_of_operations_before_anything_runs()
    {
        // Arrange
        var gate = Fixture.Services.GetRequiredService<OperationBudgetGate>();

        // Act
        var refused = await PostWithHeadersAsync([AddArticle("A"), AddArticle("B"), AddArticle("C")], budget: "2");
        var admitted = await PostAsync([AddArticle("D"), AddArticle("E")], budget: "2");

        // Assert
        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
        admitted.Status.ShouldBe(HttpStatusCode.OK);
        gate.Admitted.ShouldContain(2);
        (await QueryAsync(db => db.Articles.OrderBy(a => a.Title).Select(a => a.Title).ToListAsync())).ShouldBe(["D", "E"]);
    }

    [Fact]
    public async Task Can_remove_in_the_same_request_what_an_earlier_operation_added_or_updated()
    {
        // Arrange
        var existing = Fakes.Article("Existing");
        await SeedAsync(existing);

        // Act
        var (status, body) = await PostAsync(
        [
            new { op = "add", data = new { type = "Article", lid = "draft", attributes = new { title = "Draft" } } },
            new { op = "remove", @ref = new { type = "Article", lid = "draft" } },
            new { op = "update", data = new { type = "Article", id = existing.Id.ToString(), attributes = new { title = "Changed" } } },
            new { op = "remove", @ref = new { type = "Article", id = existing.Id.ToString() } },
        ]);

        // Assert
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        var results = body!["atomic:results"]!.AsArray();
        results[0]!["data"]!["attributes"]!["title"]!.GetValue<string>().ShouldBe("Draft");
        results[2]!["data"]!["attributes"]!["title"]!.GetValue<string>().ShouldBe("Changed");
        (await QueryAsync(db => db.Articles.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Refusal_of_the_application_points_at_the_failing_operation()
    {
        // Act
        var (status, body) = await PostAsync([AddArticle("Fine"), AddArticle("Buy spam now")]);

        // Assert
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/1/data/attributes/title");
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Update_whose_ref_and_data_disagree_is_refused()
    {
        // Arrange
        var first = Fakes.Article("First");
        var second = Fakes.Article("Second");
        await SeedAsync(first, second);

        // Act
        var (status, body) = await PostAsync(
        [
            new { op = "update", @ref = new { type = "Article", id = first.Id.ToString() }, data = new { type = "Article", id = second.Id.ToString(), attributes = new { title = "Changed" } } },
        ]);

        // Assert
        status.ShouldBe(HttpStatusCode.Conflict);
        body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>().ShouldBe("/atomic:operations/0/data");
        (await QueryAsync(db => db.Articles.OrderBy(a => a.Title).Select(a => a.Title).ToListAsync())).ShouldBe(["First", "Second"]);
    }

    [Theory]
    [InlineData("""{"operations":[]}""", null)]
    [InlineData("""{"atomic:operations":{}}""", "/atomic:operations")]
    [InlineData("""{"atomic:operations":[{"data":{"type":"Article"}}]}""", "/atomic:operations/0")]
    [InlineData("""{"atomic:operations":[{"op":"remove"}]}""", "/atomic:operations/0")]
    public async Task Malformed_operations_are_bad_requests(string body, string? pointer)
    {
        // Arrange
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"");

        // Act
        var response = await Client.PostAsync("/api/operations", content);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string?)error["source"]?["pointer"]).ShouldBe(pointer);
    }
}
