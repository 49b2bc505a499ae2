using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Concurrency;

public sealed class EntityTagTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Get_with_matching_if_none_match_answers_304()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);
        var first = await Client.GetApiAsync($"/api/articles/{article.Id}");
        var etag = first.Message.Headers.ETag!.ToString();

        // Act
        var second = await Client.GetApiAsync($"/api/articles/{article.Id}", request => request.Headers.TryAddWithoutValidation("If-None-Match", etag));

        // Assert
        second.Status.ShouldBe(HttpStatusCode.NotModified);
        second.Body.ShouldBeNull();
    }

    [Fact]
    public async Task Etag_changes_when_resource_changes()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);
        var etag = (await Client.GetApiAsync("/api/articles")).Message.Headers.ETag!.ToString();
        await Client.PatchApiAsync($"/api/articles/{article.Id}", new { data = new { type = "Article", id = article.Id.ToString(), attributes = new { views = 99 } } });

        // Act
        var response = await Client.GetApiAsync("/api/articles", request => request.Headers.TryAddWithoutValidation("If-None-Match", etag));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Can_patch_with_current_if_match()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);
        var etag = (await Client.GetApiAsync($"/api/articles/{article.Id}")).Message.Headers.ETag!.ToString();

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}",
            new { data = new { type = "Article", id = article.Id.ToString(), attributes = new { title = "Mine" } } },
            request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cannot_patch_or_delete_with_stale_if_match()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);
        var etag = (await Client.GetApiAsync($"/api/articles/{article.Id}")).Message.Headers.ETag!.ToString();
        await Client.PatchApiAsync($"/api/articles/{article.Id}", new { data = new { type = "Article", id = article.Id.ToString(), attributes = new { title = "Theirs" } } });

        // Act
        var patch = await Client.PatchApiAsync($"/api/articles/{article.Id}",
            new { data = new { type = "Article", id = article.Id.ToString(), attributes = new { title = "Mine" } } },
            request => request.Headers.TryAddWithoutValidation("If-Match", etag));
        var delete = await Client.DeleteApiAsync($"/api/articles/{article.Id}", configure: request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        // Assert
        patch.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        delete.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Client.GetApiAsync($"/api/articles/{article.Id}")).Data["attributes"]!["title"]!.GetValue<string>().ShouldBe("Theirs");
    }

    [Fact]
    public async Task Can_delete_with_current_if_match()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);
        var etag = (await Client.GetApiAsync($"/api/articles/{article.Id}")).Message.Headers.ETag!.ToString();

        // Act
        var response = await Client.DeleteApiAsync($"/api/articles/{article.Id}", configure: request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Cannot_change_relationship_with_stale_if_match()
    {
        // Arrange
        var article = Fakes.Article();
        var author = Fakes.Author();
        await SeedAsync(article, author);
        var etag = (await Client.GetApiAsync($"/api/articles/{article.Id}")).Message.Headers.ETag!.ToString();
        await Client.PatchApiAsync($"/api/articles/{article.Id}", new { data = new { type = "Article", id = article.Id.ToString(), attributes = new { views = 3 } } });

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}/relationships/author",
            new { data = new { type = "Author", id = author.Id.ToString() } },
            request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        response.Error["status"]!.GetValue<string>().ShouldBe("412");
    }
}
