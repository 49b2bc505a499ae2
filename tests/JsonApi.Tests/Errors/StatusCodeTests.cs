using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Errors;

/// <summary>The status codes the specification prescribes: 409 for a type that does not exist or does not fit, 403 for an
/// unsupported update, 405 with Allow; error sources point only at members present in the request.</summary>
public sealed class StatusCodeTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Theory]
    [InlineData("""{"data":{"type":"Unicorn","attributes":{"title":"x"}}}""", "/data/type")]
    [InlineData("""{"data":{"type":"Author","attributes":{"first_name":"x"}}}""", "/data/type")]
    [InlineData("""{"data":{"type":"Article","relationships":{"author":{"data":{"type":"Unicorn","id":"1"}}}}}""", "/data/relationships/author/data/type")]
    public async Task Type_that_does_not_exist_or_fit_the_endpoint_is_a_conflict(string body, string pointer)
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", body);

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe(pointer);
    }

    [Theory]
    [InlineData("POST", """{"data":{"attributes":{"title":"x"}}}""", "/data")]
    [InlineData("PATCH", """{"data":{"type":"Article","attributes":{"title":"x"}}}""", "/data")]
    [InlineData("POST", """{"data":{"type":"Article","relationships":{"author":{"data":{"type":"Author"}}}}}""", "/data/relationships/author/data")]
    public async Task Source_points_at_the_nearest_member_present(string method, string body, string pointer)
    {
        // Arrange
        var article = Fakes.Article("A");
        await SeedAsync(article);

        // Act
        var response = await Client.SendApiAsync(new HttpMethod(method), method == "POST" ? "/api/articles" : $"/api/articles/{article.Id}", body);

        // Assert
        ((int)response.Status).ShouldBeInRange(400, 499);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe(pointer);
    }

    [Theory]
    [InlineData("DELETE", "/api/comments/{comment}", "GET, HEAD")]
    [InlineData("PUT", "/api/articles", "GET, HEAD, POST")]
    [InlineData("PUT", "/api/articles/{article}", "GET, HEAD, PATCH, DELETE")]
    [InlineData("GET", "/api/operations", "POST")]
    [InlineData("POST", "/api/tags", "GET, HEAD")]
    public async Task Method_not_allowed_lists_the_methods_that_are(string method, string url, string allow)
    {
        // Arrange
        var comment = Fakes.Comment("c", Fakes.Article());
        await SeedAsync(comment);
        var path = url.Replace("{comment}", comment.Id.ToString(), StringComparison.Ordinal)
            .Replace("{article}", comment.Article!.Id.ToString(), StringComparison.Ordinal);

        // Act
        var response = await Client.SendApiAsync(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : """{"data":{"type":"Tag","attributes":{"name":"x"}}}""");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed, response.Body?.ToJsonString());
        response.Message.Content.Headers.Allow.ShouldBe(allow.Split(", "));
    }
}
