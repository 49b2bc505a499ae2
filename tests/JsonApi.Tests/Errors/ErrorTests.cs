using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Errors;

public sealed class ErrorTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Cannot_use_unknown_query_parameter()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?colour=red");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ContentType.ShouldBe("application/vnd.api+json");
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("colour");
        response.Error["title"]!.GetValue<string>().ShouldBe("Unknown query string parameter.");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"data\":[]}")]
    [InlineData("{\"data\":{\"attributes\":{}}}")]
    [InlineData("{\"data\":{\"type\":\"Article\",\"attributes\":[]}}")]
    [InlineData("{\"data\":{\"type\":\"Article\",\"relationships\":{\"author\":{}}}}")]
    [InlineData("{\"data\":{\"type\":\"Article\",\"relationships\":{\"tags\":{\"data\":{\"type\":\"Tag\",\"id\":\"x\"}}}}}")]
    public async Task Cannot_post_body_that_does_not_fit_the_resource(string body)
    {
        // Arrange
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");

        // Act
        var response = await Client.PostAsync("/api/articles", content);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"errors\"");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'{', (byte)'n', (byte)'o', (byte)'t' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'d', (byte)'a', (byte)'t', (byte)'a', (byte)'"', (byte)':', (byte)'{', (byte)'"', (byte)'t', (byte)'y', (byte)'p', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'}' })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', (byte)'}' })]
    public async Task Body_that_is_not_utf8_json_is_a_bad_request(byte[] body)
    {
        // Arrange
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");

        // Act
        var response = await Client.PostAsync("/api/articles", content);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Malformed request body.");
    }

    [Fact]
    public async Task Unknown_path_under_prefix_answers_json_api_404()
    {
        // Act
        var response = await Client.GetApiAsync("/api/unicorns");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Error["status"]!.GetValue<string>().ShouldBe("404");
    }

    [Fact]
    public async Task Malformed_id_answers_404()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles/not-a-guid");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Custom_endpoints_can_reuse_the_error_writer()
    {
        // Arrange
        var writer = (JsonApi.Errors.JsonApiErrorWriter)Fixture.Services.GetService(typeof(JsonApi.Errors.JsonApiErrorWriter))!;

        // Act
        var errors = writer.ToErrors(new JsonApi.Errors.ForbiddenOperationException("No."));
        var unexpected = writer.ToErrors(new InvalidOperationException("boom"));

        // Assert
        errors.Single().Status.ShouldBe(HttpStatusCode.Forbidden);
        unexpected.Single().Status.ShouldBe(HttpStatusCode.InternalServerError);
        unexpected.Single().Detail.ShouldBeNull("no exception details outside Development");
    }
}
