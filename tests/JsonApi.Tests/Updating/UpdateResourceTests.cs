using System.Net;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Updating;

public sealed class UpdateResourceTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_update_only_the_attributes_sent()
    {
        // Arrange
        var article = Fakes.Article("Before", views: 7);
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Article", id = article.Id.ToString(), attributes = new { title = "After" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data["attributes"]!["title"]!.GetValue<string>().ShouldBe("After");
        var stored = await QueryAsync(db => db.Articles.SingleAsync());
        stored.Title.ShouldBe("After");
        stored.Views.ShouldBe(7);
        stored.Body.ShouldBe("Body of Before");
    }

    [Fact]
    public async Task Can_clear_to_one_and_replace_to_many()
    {
        // Arrange
        var article = Fakes.Article("Tagged", Fakes.Author());
        var oldTag = Fakes.Tag("old");
        var newTag = Fakes.Tag("new");
        article.Tags.Add(oldTag);
        await SeedAsync(article, newTag);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new
            {
                type = "Article",
                id = article.Id.ToString(),
                relationships = new
                {
                    author = new { data = (object?)null },
                    tags = new { data = new[] { new { type = "Tag", id = newTag.Id.ToString() } } },
                },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        var stored = await QueryAsync(db => db.Articles.Include(a => a.Author).Include(a => a.Tags).SingleAsync());
        stored.Author.ShouldBeNull();
        stored.Tags.Select(tag => tag.Name).ShouldBe(["new"]);
    }

    [Fact]
    public async Task Can_set_nullable_attribute_to_null()
    {
        // Arrange
        var author = Fakes.Author();
        await SeedAsync(author);

        // Act
        var response = await Client.PatchApiAsync($"/api/authors/{author.Id}", new
        {
            data = new { type = "Author", id = author.Id.ToString(), attributes = new { email = (string?)null, born_at = (string?)null } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        var stored = await QueryAsync(db => db.Authors.SingleAsync());
        stored.Email.ShouldBeNull();
        stored.BornAt.ShouldBeNull();
    }

    [Fact]
    public async Task Cannot_set_required_attribute_to_null()
    {
        // Arrange
        var author = Fakes.Author();
        await SeedAsync(author);

        // Act
        var response = await Client.PatchApiAsync($"/api/authors/{author.Id}", new
        {
            data = new { type = "Author", id = author.Id.ToString(), attributes = new { last_name = (string?)null } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/last_name");
    }

    [Fact]
    public async Task Cannot_update_with_id_mismatch()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Article", id = Guid.NewGuid().ToString(), attributes = new { title = "x" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/id");
    }

    [Fact]
    public async Task Cannot_update_missing_resource()
    {
        // Arrange
        var id = Guid.NewGuid();

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{id}", new { data = new { type = "Article", id = id.ToString(), attributes = new { title = "x" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cannot_update_read_only_attribute()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Article", id = article.Id.ToString(), attributes = new { created_at = "2020-01-01T00:00:00Z" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/created_at");
    }

    [Fact]
    public async Task Validation_errors_map_to_one_error_per_member()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Article", id = article.Id.ToString(), attributes = new { views = -1, body = new string('b', 1001) } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Body!["errors"]!.AsArray().Select(error => (string?)error!["source"]!["pointer"])
            .ShouldBe(["/data/attributes/views", "/data/attributes/body"], ignoreOrder: true);
        (await QueryAsync(db => db.Articles.SingleAsync())).Views.ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_update_unknown_attribute()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Article", id = article.Id.ToString(), attributes = new { mood = "happy" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/mood");
    }

    [Fact]
    public async Task Cannot_update_with_type_mismatch()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}", new
        {
            data = new { type = "Author", id = article.Id.ToString(), attributes = new { title = "x" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/type");
        (await QueryAsync(db => db.Articles.SingleAsync())).Title.ShouldBe("Hello");
    }

    [Fact]
    public async Task Cannot_update_read_only_relationship()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article();
        await SeedAsync(author, article);

        // Act
        var response = await Client.PatchApiAsync($"/api/authors/{author.Id}", new
        {
            data = new
            {
                type = "Author",
                id = author.Id.ToString(),
                relationships = new { articles = new { data = new[] { new { type = "Article", id = article.Id.ToString() } } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/relationships/articles");
        (await QueryAsync(db => db.Articles.CountAsync(a => a.Author != null))).ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_update_when_endpoint_is_turned_off_which_is_an_unsupported_update()
    {
        // Arrange
        var comment = Fakes.Comment("original", Fakes.Article());
        await SeedAsync(comment);

        // Act
        var response = await Client.PatchApiAsync($"/api/comments/{comment.Id}", new
        {
            data = new { type = "Comment", id = comment.Id.ToString(), attributes = new { text = "edited" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await QueryAsync(db => db.Comments.SingleAsync())).Text.ShouldBe("original");
    }
}
