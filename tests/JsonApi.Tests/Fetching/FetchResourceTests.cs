using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.Fetching;

public sealed class FetchResourceTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_get_collection_with_snake_case_members()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article("First", author);
        article.PublishedAt = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        article.Status = ArticleStatus.InReview;
        await SeedAsync(article, Fakes.Article("Second"));

        // Act
        var response = await Client.GetApiAsync("/api/articles");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe("application/vnd.api+json");
        response.DataArray.Count.ShouldBe(2);
        var first = response.DataArray.Single(item => (string?)item!["id"] == article.Id.ToString())!;
        first["type"]!.GetValue<string>().ShouldBe("Article");
        first["attributes"]!["title"]!.GetValue<string>().ShouldBe("First");
        first["attributes"]!["published_at"]!.GetValue<string>().ShouldBe("2024-05-06T07:08:09Z");
        first["attributes"]!["status"]!.GetValue<string>().ShouldBe("in_review");
        first["relationships"]!["author"]!["data"]!["id"]!.GetValue<string>().ShouldBe(author.Id.ToString());
        first["relationships"]!["comments"]!["links"]!["related"]!.GetValue<string>().ShouldEndWith($"/api/articles/{article.Id}/comments");
        first["relationships"]!["comments"]!["links"]!["self"]!.GetValue<string>().ShouldEndWith($"/api/articles/{article.Id}/relationships/comments");
        first["links"]!["self"]!.GetValue<string>().ShouldEndWith($"/api/articles/{article.Id}");
        response.Body!["links"]!["self"]!.GetValue<string>().ShouldEndWith("/api/articles");
    }

    [Fact]
    public async Task Writes_quotes_ampersands_and_accents_as_they_are()
    {
        // Arrange
        await SeedAsync(Fakes.Article("O'Brien & Sons <café>"));

        // Act
        var response = await Client.GetAsync("/api/articles?page[size]=1&filter=" + Uri.EscapeDataString("equals(title,'O''Brien & Sons <café>')"));
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain("\"title\":\"O'Brien & Sons <café>\"");
        text.ShouldContain("&page%5Bnumber%5D=1\"");
        text.ShouldNotContain("\\u00");
    }

    [Fact]
    public async Task Can_get_single_resource_with_computed_attribute()
    {
        // Arrange
        var author = Fakes.Author(level: AuthorLevel.SeniorWriter);
        await SeedAsync(Fakes.Article("One", author), Fakes.Article("Two", author), new Article { Id = Guid.NewGuid(), Title = "Gone", Author = author, Deleted = true });

        // Act
        var response = await Client.GetApiAsync($"/api/authors/{author.Id}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data["id"]!.GetValue<string>().ShouldBe(author.Id.ToString());
        response.Data["attributes"]!["first_name"]!.GetValue<string>().ShouldBe("Ada");
        response.Data["attributes"]!["level"]!.GetValue<string>().ShouldBe("senior_writer");
        response.Data["attributes"]!["articles_count"]!.GetValue<int>().ShouldBe(2);
        response.Data["attributes"]!["password_hash"].ShouldBeNull();
    }

    [Fact]
    public async Task Cannot_get_unknown_resource()
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles/{Guid.NewGuid()}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Error["status"]!.GetValue<string>().ShouldBe("404");
    }

    [Fact]
    public async Task Cannot_get_resource_hidden_by_base_filter()
    {
        // Arrange
        var article = Fakes.Article("Secret");
        article.Deleted = true;
        await SeedAsync(article);

        // Act
        var single = await Client.GetApiAsync($"/api/articles/{article.Id}");
        var collection = await Client.GetApiAsync("/api/articles");

        // Assert
        single.Status.ShouldBe(HttpStatusCode.NotFound);
        collection.DataArray.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Cannot_see_rows_of_another_tenant()
    {
        // Arrange
        var article = Fakes.Article();
        var mine = Fakes.Tag("mine");
        var theirs = Fakes.Tag("theirs", tenant: 2);
        article.Tags.AddRange([mine, theirs]);
        await SeedAsync(article);

        // Act
        var tags = await Client.GetApiAsync("/api/tags");
        var included = await Client.GetApiAsync($"/api/articles/{article.Id}?include=tags");
        var other = await Client.GetApiAsync($"/api/tags/{theirs.Id}");

        // Assert
        tags.DataArray.Select(tag => (string?)tag!["attributes"]!["name"]).ShouldBe(["mine"]);
        included.Included.Select(tag => (string?)tag!["id"]).ShouldBe([mine.Id.ToString()]);
        other.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Can_get_secondary_to_many_resources()
    {
        // Arrange
        var blog = Fakes.Blog();
        await SeedAsync(Fakes.Article("A", blog: blog), Fakes.Article("B", blog: blog), Fakes.Article("Elsewhere"));

        // Act
        var response = await Client.GetApiAsync($"/api/blogs/{blog.Id}/articles?sort=title");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["A", "B"]);
        response.Body!["meta"]!["total"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Can_get_secondary_to_one_resource_or_null()
    {
        // Arrange
        var author = Fakes.Author();
        var withAuthor = Fakes.Article("With", author);
        var without = Fakes.Article("Without");
        await SeedAsync(withAuthor, without);

        // Act
        var present = await Client.GetApiAsync($"/api/articles/{withAuthor.Id}/author");
        var absent = await Client.GetApiAsync($"/api/articles/{without.Id}/author");

        // Assert
        present.Data["id"]!.GetValue<string>().ShouldBe(author.Id.ToString());
        present.Data["type"]!.GetValue<string>().ShouldBe("Author");
        absent.Status.ShouldBe(HttpStatusCode.OK);
        absent.Body!["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Cannot_get_secondary_of_unknown_relationship()
    {
        // Arrange
        var article = Fakes.Article();
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}/readers");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Error["detail"]!.GetValue<string>().ShouldContain("readers");
    }
}
