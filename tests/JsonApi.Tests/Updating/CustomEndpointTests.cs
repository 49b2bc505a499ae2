using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.Updating;

public sealed class CustomEndpointTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Custom_endpoint_answers_with_json_api_document()
    {
        // Arrange
        var article = Fakes.Article("Draft", Fakes.Author());
        await SeedAsync(article);

        // Act
        var response = await Client.PostApiAsync($"/api/articles/{article.Id}/publish?include=author&fields[Article]=status,author", "{}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe("application/vnd.api+json");
        response.Data["attributes"]!["status"]!.GetValue<string>().ShouldBe("published");
        response.Data["attributes"]!.AsObject().Count.ShouldBe(1);
        response.Included.Single()!["type"]!.GetValue<string>().ShouldBe("Author");
    }

    [Fact]
    public async Task Custom_endpoint_errors_use_the_same_mapping()
    {
        // Arrange
        var article = Fakes.Article("Done", status: ArticleStatus.Published);
        await SeedAsync(article);

        // Act
        var again = await Client.PostApiAsync($"/api/articles/{article.Id}/publish", "{}");
        var missing = await Client.PostApiAsync($"/api/articles/{Guid.NewGuid()}/publish", "{}");

        // Assert
        again.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        again.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/status");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
