using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.ContentNegotiation;

/// <summary>Extensions are negotiated exactly: an <c>ext</c> URI the server does not support gets 415 on Content-Type and 406
/// on Accept; the Atomic Operations URI matches only as itself. Every answer varies on Accept.</summary>
public sealed class ExtensionNegotiationTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private const string AuthorBody = """{"data":{"type":"Author","attributes":{"first_name":"A"}}}""";
    private const string OperationsBody = """{"atomic:operations":[{"op":"add","data":{"type":"Author","attributes":{"first_name":"A"}}}]}""";

    private Task<HttpResponseMessage> PostAsync(string url, string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(url, content);
    }

    [Theory]
    [InlineData("application/vnd.api+json; ext=\"https://example.com/ext/versioning\"")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic https://example.com/ext/versioning\"")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic-plus\"")]
    public async Task Cannot_send_a_body_with_an_unsupported_extension(string contentType)
    {
        // Act
        var response = await PostAsync("/api/authors", AuthorBody, contentType);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomicx\"")]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext\"")]
    [InlineData("application/vnd.api+json")]
    public async Task Atomic_operations_need_exactly_the_atomic_extension(string contentType)
    {
        // Act
        var response = await PostAsync("/api/operations", OperationsBody, contentType);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/vnd.api+json; ext=\"https://example.com/ext/versioning\"", HttpStatusCode.NotAcceptable)]
    [InlineData("application/vnd.api+json; ext=\"https://example.com/ext/versioning\", application/vnd.api+json", HttpStatusCode.OK)]
    [InlineData("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"", HttpStatusCode.OK)]
    [InlineData("application/vnd.api+json; ext=\"https://example.com/ext/versioning\", */*", HttpStatusCode.NotAcceptable)]
    [InlineData("application/vnd.api+json; charset=utf-8, */*", HttpStatusCode.NotAcceptable)]
    [InlineData("application/vnd.api+json; charset=utf-8, application/vnd.api+json; q=0.5", HttpStatusCode.OK)]
    [InlineData("text/html, */*; q=0.1", HttpStatusCode.OK)]
    [InlineData("application/json", HttpStatusCode.NotAcceptable)]
    public async Task Accept_with_unsupported_extensions_only_is_not_acceptable(string accept, HttpStatusCode expected)
    {
        // Act
        var response = await Client.GetApiAsync("/api/authors", request => request.Headers.TryAddWithoutValidation("Accept", accept));

        // Assert
        response.Status.ShouldBe(expected);
    }

    [Theory]
    [InlineData("/api/authors")]
    [InlineData("/api/unicorns")]
    [InlineData("/api/authors?colour=red")]
    public async Task Every_answer_varies_on_accept(string url)
    {
        // Act
        var response = await Client.GetApiAsync(url);

        // Assert
        response.Message.Headers.Vary.ShouldContain("Accept");
    }
}
