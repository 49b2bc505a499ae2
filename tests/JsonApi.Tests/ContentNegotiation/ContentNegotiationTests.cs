using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.ContentNegotiation;

public sealed class ContentNegotiationTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private const string ValidBody = """{"data":{"type":"Author","attributes":{"first_name":"A"}}}""";

    private Task<HttpResponseMessage> PostAsync(string contentType)
    {
        var content = new StringContent(ValidBody, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync("/api/authors", content);
    }

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"")]
    [InlineData("application/vnd.api+json; profile=\"https://example.com/profile\"")]
    public async Task Can_post_with_json_api_media_type(string contentType)
    {
        // Act
        var response = await PostAsync(contentType);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.api+json");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    [InlineData("application/vnd.api+json; version=1")]
    public async Task Cannot_post_with_other_media_type(string contentType)
    {
        // Act
        var response = await PostAsync(contentType);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.api+json");
    }

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("text/html, application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"")]
    public async Task Can_accept(string accept)
    {
        // Act
        var response = await Client.GetApiAsync("/api/authors", request => request.Headers.TryAddWithoutValidation("Accept", accept));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/vnd.api+json; charset=utf-8")]
    public async Task Cannot_accept_only_unsupported_media_types(string accept)
    {
        // Act
        var response = await Client.GetApiAsync("/api/authors", request => request.Headers.TryAddWithoutValidation("Accept", accept));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
    }
}
