using System.Net.Http.Headers;
using System.Text;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Errors;

public sealed class MalformedRequestTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "/api/articles?include=", null },
        { "GET", "/api/articles?include=,,", null },
        { "GET", "/api/articles?sort=", null },
        { "GET", "/api/articles?sort=-", null },
        { "GET", "/api/articles?sort=count(", null },
        { "GET", "/api/articles?sort=author", null },
        { "GET", "/api/articles?filter=", null },
        { "GET", "/api/articles?filter=equals(", null },
        { "GET", "/api/articles?filter=equals(title)", null },
        { "GET", "/api/articles?filter=equals(title,", null },
        { "GET", "/api/articles?filter=equals(author.,'x')", null },
        { "GET", "/api/articles?filter=equals(count(tags),'x')", null },
        { "GET", "/api/articles?filter=equals(title,views)", null },
        { "GET", "/api/articles?filter=any(views)", null },
        { "GET", "/api/articles?filter=has(tags,)", null },
        { "GET", "/api/articles?filter=and(equals(title,'a'))", null },
        { "GET", "/api/articles?filter=equals(views,'99999999999')", null },
        { "GET", "/api/articles?filter=equals(published_at,'yesterday')", null },
        { "GET", "/api/articles?fields=title", null },
        { "GET", "/api/articles?fields[]=title", null },
        { "GET", "/api/articles?page[size]=", null },
        { "GET", "/api/articles?page[number]=99999", null },
        { "GET", "/api/articles/%20", null },
        { "GET", "/api/articles/00000000-0000-0000-0000-000000000000/relationships/", null },
        { "PATCH", "/api/articles/00000000-0000-0000-0000-000000000000", "{\"data\":{\"type\":\"Article\",\"id\":\"00000000-0000-0000-0000-000000000000\"}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"attributes\":{\"views\":1.5}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"attributes\":{\"views\":99999999999}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"attributes\":{\"published_at\":true}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"attributes\":{\"title\":null}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"relationships\":{\"author\":{\"data\":{\"type\":\"Author\",\"id\":5}}}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"relationships\":{\"author\":{\"data\":[]}}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":\"Article\",\"relationships\":{\"author\":{\"data\":{\"id\":\"x\"}}}}}" },
        { "POST", "/api/articles", "{\"data\":{\"type\":7}}" },
        { "POST", "/api/articles", "{\"data\":null}" },
        { "POST", "/api/articles/00000000-0000-0000-0000-000000000000/relationships/tags", "{\"data\":null}" },
        { "DELETE", "/api/articles/00000000-0000-0000-0000-000000000000/relationships/tags", "[1,2]" },
        { "PUT", "/api/articles", "{}" },
        { "POST", "/api/operations", "{\"atomic:operations\":[{\"op\":\"add\",\"ref\":{\"type\":\"Article\",\"id\":\"x\",\"relationship\":5}}]}" },
        { "POST", "/api/operations", "{\"atomic:operations\":[{\"op\":\"update\",\"data\":[]}]}" },
        { "POST", "/api/operations", "{\"atomic:operations\":{}}" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Never_answers_500_to_malformed_requests(string method, string url, string? body)
    {
        // Arrange
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(url.EndsWith("/operations", StringComparison.Ordinal)
                ? "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\""
                : "application/vnd.api+json");
        }

        // Act
        var response = await Client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();

        // Assert
        ((int)response.StatusCode).ShouldBeInRange(200, 499, content);
        if ((int)response.StatusCode >= 400)
        {
            content.ShouldContain("\"errors\"");
        }
    }
}
