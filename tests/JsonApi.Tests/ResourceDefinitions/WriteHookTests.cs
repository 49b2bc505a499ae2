using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>A definition that handles writes receives every write of its type, typed, with the members the request targets,
/// whatever the request carries and wherever it comes from (resource and relationship endpoints, atomic operations); the library
/// never writes such a type itself.</summary>
public sealed class WriteHookTests(DefinitionHooksFixture fixture) : BlogApiTest<DefinitionHooksFixture>(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Log.Clear();
    }

    private static object Identifier(string type, Guid id) => new { type, id = id.ToString() };

    private Task<Blog> BlogAsync(Guid id) => QueryAsync(db => db.Blogs.Include(b => b.Owner).Include(b => b.Articles).AsNoTracking().SingleAsync(b => b.Id == id));

    [Fact]
    public async Task Create_with_relationships_goes_through_the_definition()
    {
        // Arrange
        var owner = Fakes.Author();
        var first = Fakes.Article("First");
        var second = Fakes.Article("Second");
        await SeedAsync(owner, first, second);

        // Act
        var response = await Client.PostApiAsync("/api/blogs?include=articles", new
        {
            data = new
            {
                type = "Blog",
                attributes = new { title = "  Engineering  " },
                relationships = new
                {
                    owner = new { data = Identifier("Author", owner.Id) },
                    articles = new { data = new[] { Identifier("Article", first.Id), Identifier("Article", second.Id) } },
                },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Created, response.Body?.ToJsonString());
        Fixture.Log.Calls[0].ShouldBe($"create '  Engineering  ' owner {owner.Id} articles {first.Id},{second.Id}");
        var blog = await BlogAsync(Guid.Parse((string)response.Data["id"]!));
        blog.Title.ShouldBe("Engineering");
        blog.Owner!.Id.ShouldBe(owner.Id);
        blog.Articles.Select(a => a.Title).Order().ShouldBe(["First", "Second"]);
        response.Data["relationships"]!["owner"]!["data"]!["id"]!.GetValue<string>().ShouldBe(owner.Id.ToString());
        response.Data["relationships"]!["articles"]!["data"]!.AsArray().Count.ShouldBe(2);
        response.Included.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Update_carrying_relationships_is_still_validated_by_the_definition()
    {
        // Arrange
        var blog = Fakes.Blog("Kept");
        var article = Fakes.Article("Loose");
        await SeedAsync(blog, article);

        // Act
        var response = await Client.PatchApiAsync($"/api/blogs/{blog.Id}", new
        {
            data = new
            {
                type = "Blog",
                id = blog.Id.ToString(),
                attributes = new { title = "" },
                relationships = new { articles = new { data = new[] { Identifier("Article", article.Id) } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/title");
        var stored = await BlogAsync(blog.Id);
        stored.Title.ShouldBe("Kept");
        stored.Articles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_receives_the_stored_resource_with_the_sent_members()
    {
        // Arrange
        var blog = Fakes.Blog("Kept", Fakes.Author("Old"));
        var owner = Fakes.Author("New");
        await SeedAsync(blog, owner);

        // Act
        var response = await Client.PatchApiAsync($"/api/blogs/{blog.Id}", new
        {
            data = new { type = "Blog", id = blog.Id.ToString(), relationships = new { owner = new { data = Identifier("Author", owner.Id) } } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        Fixture.Log.Calls.ShouldBe([$"members Update: owner", $"owner {blog.Id} {owner.Id}"]);
        response.Data["attributes"]!["title"]!.GetValue<string>().ShouldBe("Kept");
        (await BlogAsync(blog.Id)).Owner!.FirstName.ShouldBe("New");
    }

    [Theory]
    [InlineData("PATCH", "SetRelationship", new[] { "Second" })]
    [InlineData("POST", "AddToRelationship", new[] { "First", "Second" })]
    [InlineData("DELETE", "RemoveFromRelationship", new string[0])]
    public async Task Relationship_endpoints_go_through_the_definition(string method, string kind, string[] titles)
    {
        // Arrange
        var blog = Fakes.Blog();
        var first = Fakes.Article("First", blog: blog);
        var second = Fakes.Article("Second");
        await SeedAsync(first, second);
        var named = method == "DELETE" ? first : second;

        // Act
        var response = await Client.SendApiAsync(new HttpMethod(method), $"/api/blogs/{blog.Id}/relationships/articles",
            new { data = new[] { Identifier("Article", named.Id) } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NoContent, response.Body?.ToJsonString());
        Fixture.Log.Calls.ShouldBe([$"members {kind}: articles", $"articles {kind} {blog.Id} {named.Id}"]);
        (await BlogAsync(blog.Id)).Articles.Select(a => a.Title).Order().ShouldBe(titles);
    }

    [Fact]
    public async Task Atomic_updates_go_through_the_definition()
    {
        // Arrange
        var blog = Fakes.Blog("Kept");
        var article = Fakes.Article("Loose");
        await SeedAsync(blog, article);
        var operations = new Dictionary<string, object>
        {
            ["atomic:operations"] = new object[]
            {
                new
                {
                    op = "update",
                    data = new
                    {
                        type = "Blog", id = blog.Id.ToString(), attributes = new { title = " " },
                        relationships = new { articles = new { data = new[] { Identifier("Article", article.Id) } } },
                    },
                },
            },
        };
        using var content = new StringContent(JsonSerializer.Serialize(operations), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"");

        // Act
        var response = await Client.PostAsync("/api/operations", content);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Fixture.Log.Calls.ShouldContain($"retitle {blog.Id} ' '");
        (await BlogAsync(blog.Id)).Articles.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("articles")]
    public async Task Missing_related_resource_is_not_found_and_the_definition_is_not_called(string relationship)
    {
        // Arrange
        var blog = Fakes.Blog();
        await SeedAsync(blog);
        var unknown = Identifier(relationship == "owner" ? "Author" : "Article", Guid.NewGuid());
        var data = relationship == "owner" ? unknown : new[] { unknown };

        // Act
        var response = await Client.PatchApiAsync($"/api/blogs/{blog.Id}", new
        {
            data = new { type = "Blog", id = blog.Id.ToString(), relationships = new Dictionary<string, object> { [relationship] = new { data } } },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldStartWith($"/data/relationships/{relationship}/data");
        Fixture.Log.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Related_resource_hidden_from_the_request_is_not_found()
    {
        // Arrange
        var blog = Fakes.Blog();
        var deleted = Fakes.Article("Gone");
        deleted.Deleted = true;
        await SeedAsync(blog, deleted);

        // Act
        var response = await Client.PostApiAsync($"/api/blogs/{blog.Id}/relationships/articles", new { data = new[] { Identifier("Article", deleted.Id) } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        Fixture.Log.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_write_of_the_definition_is_one_transaction()
    {
        // Arrange
        var blog = Fakes.Blog("Kept");
        var free = Fakes.Article("Free");
        var locked = Fakes.Article("locked");
        await SeedAsync(blog, free, locked);

        // Act: the service retitles, moves "Free" and saves, then refuses "locked".
        var response = await Client.PatchApiAsync($"/api/blogs/{blog.Id}", new
        {
            data = new
            {
                type = "Blog",
                id = blog.Id.ToString(),
                attributes = new { title = "Changed" },
                relationships = new { articles = new { data = new[] { Identifier("Article", free.Id), Identifier("Article", locked.Id) } } },
            },
        });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var stored = await BlogAsync(blog.Id);
        stored.Title.ShouldBe("Kept");
        stored.Articles.ShouldBeEmpty();
    }

    [Fact]
    public async Task Write_the_definition_does_not_offer_is_forbidden()
    {
        // Arrange
        var blog = Fakes.Blog("Kept");
        await SeedAsync(blog);

        // Act
        var response = await Client.DeleteApiAsync($"/api/blogs/{blog.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await QueryAsync(db => db.Blogs.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Create_without_a_required_relationship_is_refused()
    {
        // Act
        var response = await Client.PostApiAsync("/api/comments", new { data = new { type = "Comment", attributes = new { text = "orphan" } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["detail"]!.GetValue<string>().ShouldContain("'article'");
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data");
        (await QueryAsync(db => db.Comments.CountAsync())).ShouldBe(0);
    }
}
