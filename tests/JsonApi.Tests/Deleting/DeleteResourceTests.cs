using System.Net;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Deleting;

public sealed class DeleteResourceTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_delete_resource()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article, Fakes.Comment("bye", article));

        // Act
        var response = await Client.DeleteApiAsync($"/api/articles/{article.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NoContent);
        response.Body.ShouldBeNull();
        (await QueryAsync(db => db.Articles.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_delete_missing_resource()
    {
        // Act
        var response = await Client.DeleteApiAsync($"/api/articles/{Guid.NewGuid()}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cannot_delete_resource_still_referenced()
    {
        // Arrange
        var blog = Fakes.Blog();
        await SeedAsync(Fakes.Article("In blog", blog: blog));

        // Act
        var response = await Client.DeleteApiAsync($"/api/blogs/{blog.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        (await QueryAsync(db => db.Blogs.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Cannot_delete_when_authorization_hook_refuses()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.DeleteApiAsync($"/api/articles/{article.Id}", configure: request => request.Headers.Add("X-Role", "reader"));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Cannot_delete_when_endpoint_is_turned_off()
    {
        // Arrange
        var comment = Fakes.Comment("stays", Fakes.Article());
        await SeedAsync(comment);

        // Act
        var response = await Client.DeleteApiAsync($"/api/comments/{comment.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Error["detail"]!.GetValue<string>().ShouldContain("Comment");
        (await QueryAsync(db => db.Comments.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Cannot_delete_resource_of_read_only_type()
    {
        // Arrange
        var tag = Fakes.Tag("kept");
        await SeedAsync(tag);

        // Act
        var response = await Client.DeleteApiAsync($"/api/tags/{tag.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await QueryAsync(db => db.Tags.CountAsync())).ShouldBe(1);
    }
}
