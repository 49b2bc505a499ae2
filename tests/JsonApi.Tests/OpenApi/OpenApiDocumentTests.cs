using System.Net;
using System.Text.Json.Nodes;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.OpenApi;

public sealed class OpenApiDocumentTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Describes_every_resource_type()
    {
        // Act
        var response = await Client.GetAsync("/api/openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        document["openapi"]!.GetValue<string>().ShouldBe("3.1.0");
        var paths = document["paths"]!.AsObject();
        paths.ContainsKey("/api/articles").ShouldBeTrue();
        paths.ContainsKey("/api/articles/{id}").ShouldBeTrue();
        paths.ContainsKey("/api/blogs/{id}/articles").ShouldBeTrue();
        paths["/api/tags"]!["post"].ShouldBeNull("tags are read-only");
        var attributes = document["components"]!["schemas"]!["ArticleResource"]!["properties"]!["attributes"]!["properties"]!;
        attributes["views"]!["type"]!.GetValue<string>().ShouldBe("integer");
        attributes["created_at"]!["readOnly"]!.GetValue<bool>().ShouldBeTrue();
        attributes["status"]!["enum"]!.AsArray().Select(value => (string?)value).ShouldBe(["draft", "in_review", "published"]);
        document["components"]!["schemas"]!["ErrorDocument"].ShouldNotBeNull();
    }
}
