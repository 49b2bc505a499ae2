using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Creating;

public sealed class CreateResourceTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_create_resource_with_relationships()
    {
        // Arrange
        var author = Fakes.Author();
        var blog = Fakes.Blog();
        var tag = Fakes.Tag("news");
        await SeedAsync(author, blog, tag);
        var body = new
        {
            data = new
            {
                type = "Article",
                attributes = new { title = "Created", body = "Text", views = 3, status = "in_review", published_at = "2024-02-03T04:05:06Z" },
                relationships = new
                {
                    author = new { data = new { type = "Author", id = author.Id.ToString() } },
                    blog = new { data = new { type = "Blog", id = blog.Id.ToString() } },
                    tags = new { data = new[] { new { type = "Tag", id = tag.Id.ToString() } } },
                },
            },
        };

        // Act
        var response = await Client.PostApiAsync("/api/articles?include=author", body);

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Created);
        var id = Guid.Parse(response.Data["id"]!.GetValue<string>());
        response.Message.Headers.Location!.ToString().ShouldEndWith($"/api/articles/{id}");
        response.Data["attributes"]!["status"]!.GetValue<string>().ShouldBe("in_review");
        response.Data["attributes"]!["created_at"]!.GetValue<string>().ShouldBe("2030-01-01T00:00:00Z");
        response.Included.Single()!["id"]!.GetValue<string>().ShouldBe(author.Id.ToString());
        var stored = await QueryAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Blog).SingleAsync(a => a.Id == id));
        stored.Title.ShouldBe("Created");
        stored.Views.ShouldBe(3);
        stored.Status.ShouldBe(ArticleStatus.InReview);
        stored.PublishedAt.ShouldBe(new DateTime(2024, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        stored.Blog!.Id.ShouldBe(blog.Id);
        stored.Tags.Single().Id.ShouldBe(tag.Id);
    }

    [Fact]
    public async Task Create_response_honours_fields()
    {
        // Act
        var response = await Client.PostApiAsync("/api/authors?fields[Author]=first_name", new
        {
            data = new { type = "Author", attributes = new { first_name = "Grace", last_name = "Hopper", level = "senior_writer", rating = 5 } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Created);
        response.Data["attributes"]!.AsObject().Select(pair => pair.Key).ShouldBe(["first_name"]);
        (await QueryAsync(db => db.Authors.SingleAsync())).Level.ShouldBe(AuthorLevel.SeniorWriter);
    }

    [Fact]
    public async Task Custom_create_handler_replaces_default_creation()
    {
        // Arrange
        var article = Fakes.Article("Commented");
        await SeedAsync(article);

        // Act
        var response = await Client.PostApiAsync("/api/comments?include=article&fields[Article]=title", new
        {
            data = new
            {
                type = "Comment",
                attributes = new { text = "  spaced  " },
                relationships = new { article = new { data = new { type = "Article", id = article.Id.ToString() } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Created);
        response.Data["attributes"]!["text"]!.GetValue<string>().ShouldBe("spaced");
        response.Data["attributes"]!["created_at"]!.GetValue<string>().ShouldBe("2031-05-06T07:08:09Z");
        response.Included.Single()!["attributes"]!["title"]!.GetValue<string>().ShouldBe("Commented");
    }

    [Fact]
    public async Task Cannot_create_with_client_generated_id()
    {
        // Act
        var response = await Client.PostApiAsync("/api/authors", new
        {
            data = new { type = "Author", id = Guid.NewGuid().ToString(), attributes = new { first_name = "X" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/id");
        (await QueryAsync(db => db.Authors.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_create_with_read_only_attribute()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new
        {
            data = new { type = "Article", attributes = new { title = "T", created_at = "2020-01-01T00:00:00Z" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/created_at");
    }

    [Fact]
    public async Task Cannot_create_computed_attribute()
    {
        // Act
        var response = await Client.PostApiAsync("/api/authors", new
        {
            data = new { type = "Author", attributes = new { first_name = "T", articles_count = 4 } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/articles_count");
    }

    [Fact]
    public async Task Cannot_create_with_wrong_attribute_type()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new
        {
            data = new { type = "Article", attributes = new { title = "T", views = "many" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/views");
    }

    [Fact]
    public async Task Cannot_create_with_unknown_enum_value()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new
        {
            data = new { type = "Article", attributes = new { title = "T", status = "archived" } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["detail"]!.GetValue<string>().ShouldContain("in_review");
    }

    [Fact]
    public async Task Cannot_create_with_type_mismatch()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new { data = new { type = "Author", attributes = new { title = "T" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/type");
    }

    [Fact]
    public async Task Cannot_create_with_missing_related_resource()
    {
        // Arrange
        var missing = Guid.NewGuid();

        // Act
        var response = await Client.PostApiAsync("/api/articles", new
        {
            data = new
            {
                type = "Article",
                attributes = new { title = "T" },
                relationships = new { author = new { data = new { type = "Author", id = missing.ToString() } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/relationships/author/data");
        (await QueryAsync(db => db.Articles.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_create_when_definition_refuses()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new { data = new { type = "Article", attributes = new { title = "Buy spam now" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["detail"]!.GetValue<string>().ShouldBe("Titles cannot contain spam.");
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/title");
    }

    [Fact]
    public async Task After_write_hook_failure_rolls_back_the_transaction()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new { data = new { type = "Article", attributes = new { title = "rollback" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await QueryAsync(db => db.Articles.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_create_on_read_only_resource_type()
    {
        // Act
        var response = await Client.PostApiAsync("/api/tags", new { data = new { type = "Tag", attributes = new { name = "x" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Error["status"]!.GetValue<string>().ShouldBe("405");
    }

    [Fact]
    public async Task Cannot_create_when_authorization_hook_refuses()
    {
        // Act
        var response = await Client.PostApiAsync("/api/articles", new { data = new { type = "Article", attributes = new { title = "T" } } },
            request => request.Headers.Add("X-Role", "reader"));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["detail"]!.GetValue<string>().ShouldBe("Readers cannot change articles.");
    }
}
