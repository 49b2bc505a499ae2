using System.Net;
using JsonApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JsonApi.Tests.Relationships;

public sealed class RelationshipEndpointTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_get_to_many_relationship_identifiers()
    {
        // Arrange
        var article = Fakes.Article();
        var tag = Fakes.Tag("news");
        article.Tags.Add(tag);
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}/relationships/tags");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        var identifier = response.DataArray.Single()!;
        identifier["type"]!.GetValue<string>().ShouldBe("Tag");
        identifier["id"]!.GetValue<string>().ShouldBe(tag.Id.ToString());
        identifier["attributes"].ShouldBeNull();
        response.Body!["links"]!["related"]!.GetValue<string>().ShouldEndWith($"/api/articles/{article.Id}/tags");
    }

    [Fact]
    public async Task Can_get_to_one_relationship_identifier()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article("A", author);
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}/relationships/author");

        // Assert
        response.Data["id"]!.GetValue<string>().ShouldBe(author.Id.ToString());
        response.Data["attributes"].ShouldBeNull();
    }

    [Fact]
    public async Task Can_replace_to_one_relationship()
    {
        // Arrange
        var article = Fakes.Article("A", Fakes.Author("Old"));
        var newAuthor = Fakes.Author("New");
        await SeedAsync(article, newAuthor);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}/relationships/author",
            new { data = new { type = "Author", id = newAuthor.Id.ToString() } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NoContent);
        (await QueryAsync(db => db.Articles.Select(a => a.Author!.FirstName).SingleAsync())).ShouldBe("New");
    }

    [Fact]
    public async Task Can_add_to_and_remove_from_to_many_relationship()
    {
        // Arrange
        var article = Fakes.Article();
        var kept = Fakes.Tag("kept");
        var removed = Fakes.Tag("removed");
        var added = Fakes.Tag("added");
        article.Tags.AddRange([kept, removed]);
        await SeedAsync(article, added);

        // Act
        var add = await Client.PostApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Tag", id = added.Id.ToString() }, new { type = "Tag", id = kept.Id.ToString() } } });
        var remove = await Client.DeleteApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Tag", id = removed.Id.ToString() } } });

        // Assert
        add.Status.ShouldBe(HttpStatusCode.NoContent);
        remove.Status.ShouldBe(HttpStatusCode.NoContent);
        var names = await QueryAsync(db => db.Articles.SelectMany(a => a.Tags).Select(t => t.Name).OrderBy(n => n).ToListAsync());
        names.ShouldBe(["added", "kept"]);
    }

    [Fact]
    public async Task Can_replace_to_many_relationship()
    {
        // Arrange
        var article = Fakes.Article();
        article.Tags.Add(Fakes.Tag("old"));
        var replacement = Fakes.Tag("replacement");
        await SeedAsync(article, replacement);

        // Act
        var response = await Client.PatchApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Tag", id = replacement.Id.ToString() } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NoContent);
        (await QueryAsync(db => db.Articles.SelectMany(a => a.Tags).Select(t => t.Name).ToListAsync())).ShouldBe(["replacement"]);
    }

    [Fact]
    public async Task Cannot_clear_required_to_one_relationship()
    {
        // Arrange
        var article = Fakes.Article();
        var comment = Fakes.Comment("c", article);
        await SeedAsync(comment);

        // Act
        var response = await Client.PatchApiAsync($"/api/comments/{comment.Id}/relationships/article", new { data = (object?)null });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Error["detail"]!.GetValue<string>().ShouldContain("required");
        (await QueryAsync(db => db.Comments.CountAsync(c => c.Article != null))).ShouldBe(1);
    }

    [Fact]
    public async Task Cannot_get_relationship_of_missing_resource()
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles/{Guid.NewGuid()}/relationships/tags");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Can_include_and_select_fields_on_secondary_endpoint()
    {
        // Arrange
        var blog = Fakes.Blog();
        var author = Fakes.Author();
        await SeedAsync(Fakes.Article("In blog", author, blog));

        // Act
        var response = await Client.GetApiAsync($"/api/blogs/{blog.Id}/articles?include=author&fields[Article]=title,author&fields[Author]=first_name");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.DataArray.Single()!["attributes"]!.AsObject().Select(pair => pair.Key).ShouldBe(["title"]);
        response.Included.Single()!["attributes"]!["first_name"]!.GetValue<string>().ShouldBe("Ada");
    }

    [Fact]
    public async Task Cannot_post_to_to_one_relationship()
    {
        // Arrange
        var article = Fakes.Article();
        var author = Fakes.Author();
        await SeedAsync(article, author);

        // Act
        var response = await Client.PostApiAsync($"/api/articles/{article.Id}/relationships/author",
            new { data = new { type = "Author", id = author.Id.ToString() } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cannot_add_resource_of_wrong_type()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PostApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Author", id = Guid.NewGuid().ToString() } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Conflict);
        response.Error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/0/type");
    }

    [Fact]
    public async Task Cannot_add_missing_resource()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.PostApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Tag", id = Guid.NewGuid().ToString() } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cannot_add_resource_of_another_tenant()
    {
        // Arrange
        var article = Fakes.Article();
        var foreign = Fakes.Tag("foreign", tenant: 2);
        await SeedAsync(article, foreign);

        // Act
        var response = await Client.PostApiAsync($"/api/articles/{article.Id}/relationships/tags",
            new { data = new[] { new { type = "Tag", id = foreign.Id.ToString() } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cannot_change_read_only_relationship()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article();
        await SeedAsync(author, article);

        // Act
        var response = await Client.PostApiAsync($"/api/authors/{author.Id}/relationships/articles",
            new { data = new[] { new { type = "Article", id = article.Id.ToString() } } });

        // Assert
        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.Error["detail"]!.GetValue<string>().ShouldContain("articles");
        (await QueryAsync(db => db.Articles.CountAsync(a => a.Author != null))).ShouldBe(0);
    }
}
