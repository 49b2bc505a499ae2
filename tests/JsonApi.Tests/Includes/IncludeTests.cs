using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Includes;

public sealed class IncludeTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Fact]
    public async Task Can_include_to_one_and_to_many()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article("Post", author);
        await SeedAsync(article, Fakes.Comment("Nice", article), Fakes.Comment("Meh", article));

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}?include=author,comments");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        response.Data["relationships"]!["comments"]!["data"]!.AsArray().Count.ShouldBe(2);
        response.Included.Count.ShouldBe(3);
        response.Included.Count(item => (string?)item!["type"] == "Comment").ShouldBe(2);
        response.Included.Single(item => (string?)item!["type"] == "Author")!["attributes"]!["last_name"]!.GetValue<string>().ShouldBe("Lovelace");
    }

    [Fact]
    public async Task Can_include_nested_to_many_through_to_one_to_many()
    {
        // Arrange: blog → articles (to-many) → author (to-one) → articles (to-many)
        var ada = Fakes.Author("Ada");
        var bob = Fakes.Author("Bob");
        var blog = Fakes.Blog();
        var first = Fakes.Article("First", ada, blog);
        var second = Fakes.Article("Second", bob, blog);
        var third = Fakes.Article("Third", ada);
        await SeedAsync(first, second, third);

        // Act
        var response = await Client.GetApiAsync($"/api/blogs/{blog.Id}?include=articles.author.articles");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        var included = response.Included;
        included.Count(item => (string?)item!["type"] == "Article").ShouldBe(3);
        included.Count(item => (string?)item!["type"] == "Author").ShouldBe(2);
        var adaObject = included.Single(item => (string?)item!["id"] == ada.Id.ToString())!;
        adaObject["relationships"]!["articles"]!["data"]!.AsArray().Select(item => (string?)item!["id"])
            .ShouldBe(new[] { first.Id.ToString(), third.Id.ToString() }, ignoreOrder: true);
    }

    [Fact]
    public async Task Missing_to_one_resources_have_null_linkage_and_are_not_included()
    {
        // Arrange: one article without a blog, one without an author (and, through its blog, a blog without an owner)
        var author = Fakes.Author("Grace", "Hopper");
        var blog = Fakes.Blog($"Ownerless {Guid.NewGuid():N}");
        var withoutBlog = Fakes.Article($"No blog {Guid.NewGuid():N}", author);
        var withoutAuthor = Fakes.Article($"No author {Guid.NewGuid():N}", blog: blog);
        await SeedAsync(withoutBlog, withoutAuthor);

        // Act
        var response = await Client.GetApiAsync(
            $"/api/articles?filter=any(title,'{withoutBlog.Title}','{withoutAuthor.Title}')&include=author,blog.owner&sort=title");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        var data = response.Body!["data"]!.AsArray();
        data.Count.ShouldBe(2);
        var first = data.Single(item => (string?)item!["id"] == withoutBlog.Id.ToString())!["relationships"]!;
        ((string?)first["author"]!["data"]!["id"]).ShouldBe(author.Id.ToString());
        first["blog"]!.AsObject().ContainsKey("data").ShouldBeTrue();
        first["blog"]!["data"].ShouldBeNull();
        var second = data.Single(item => (string?)item!["id"] == withoutAuthor.Id.ToString())!["relationships"]!;
        second["author"]!.AsObject().ContainsKey("data").ShouldBeTrue();
        second["author"]!["data"].ShouldBeNull();
        ((string?)second["blog"]!["data"]!["id"]).ShouldBe(blog.Id.ToString());
        response.Included.Select(item => $"{item!["type"]}:{item["id"]}").ShouldBe([$"Author:{author.Id}", $"Blog:{blog.Id}"], ignoreOrder: true);
        var includedBlog = response.Included.Single(item => (string?)item!["type"] == "Blog")!;
        includedBlog["relationships"]!["owner"]!["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Missing_to_one_resources_have_null_linkage_without_include()
    {
        // Arrange
        var article = Fakes.Article($"Alone {Guid.NewGuid():N}");
        await SeedAsync(article);

        // Act
        var single = await Client.GetApiAsync($"/api/articles/{article.Id}");
        var list = await Client.GetApiAsync($"/api/articles?filter=equals(title,'{article.Title}')");

        // Assert
        single.Status.ShouldBe(HttpStatusCode.OK, single.Body?.ToJsonString());
        single.Data["relationships"]!["author"]!["data"].ShouldBeNull();
        single.Data["relationships"]!["blog"]!["data"].ShouldBeNull();
        single.Data["relationships"]!["author"]!.AsObject().ContainsKey("data").ShouldBeTrue();
        list.Status.ShouldBe(HttpStatusCode.OK, list.Body?.ToJsonString());
        var listed = list.Body!["data"]!.AsArray().Single()!;
        listed["relationships"]!["author"]!.AsObject().ContainsKey("data").ShouldBeTrue();
        listed["relationships"]!["author"]!["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Includes_each_resource_once()
    {
        // Arrange
        var author = Fakes.Author();
        var one = Fakes.Article("One", author);
        var two = Fakes.Article("Two", author);
        await SeedAsync(one, two, Fakes.Comment("c", one, author));

        // Act
        var response = await Client.GetApiAsync("/api/articles?include=author,comments.author");

        // Assert
        response.Included.Count(item => (string?)item!["id"] == author.Id.ToString()).ShouldBe(1);
        response.Included.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Does_not_include_primary_resources_again()
    {
        // Arrange
        var author = Fakes.Author();
        var article = Fakes.Article("Self", author);
        await SeedAsync(article);

        // Act
        var response = await Client.GetApiAsync("/api/articles?include=author.articles");

        // Assert
        response.Included.Select(item => (string?)item!["type"]).ShouldBe(["Author"]);
    }

    [Fact]
    public async Task Cannot_include_unknown_relationship()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?include=author.pets");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("include");
        response.Error["detail"]!.GetValue<string>().ShouldContain("'pets'");
    }

    [Fact]
    public async Task Cannot_include_deeper_than_maximum()
    {
        // Act
        var response = await Client.GetApiAsync("/api/articles?include=author.articles.author.articles");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["detail"]!.GetValue<string>().ShouldContain("maximum inclusion depth of 3");
    }

    [Fact]
    public async Task Included_collections_respect_base_filter()
    {
        // Arrange
        var author = Fakes.Author();
        var hidden = Fakes.Article("Hidden", author);
        hidden.Deleted = true;
        await SeedAsync(Fakes.Article("Shown", author), hidden);

        // Act
        var response = await Client.GetApiAsync($"/api/authors/{author.Id}?include=articles");

        // Assert
        response.Included.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["Shown"]);
    }

    [Theory]
    [InlineData(1, "", 2)]
    [InlineData(20, "", 2)]
    [InlineData(1, "&include=author,comments.author,tags", 4)]
    [InlineData(20, "&include=author,comments.author,tags", 4)]
    public async Task Collection_reads_with_fixed_sql_commands_per_included_collection_whatever_size(int articles, string include, int commands)
    {
        // Arrange
        var author = Fakes.Author();
        var seeded = Enumerable.Range(0, articles).Select(index => Fakes.Article($"A{index}", author)).ToList();
        await SeedAsync([.. seeded, .. seeded.Select(article => Fakes.Comment("c", article, author))]);
        Sql.Clear();

        // Act
        var response = await Client.GetApiAsync($"/api/articles?page[size]=50{include}");

        // Assert
        response.DataArray.Count.ShouldBe(articles);
        Sql.Commands.Count.ShouldBe(commands);
    }

    [Fact]
    public async Task Single_read_with_nested_includes_is_one_sql_command_plus_one_per_included_collection()
    {
        // Arrange
        var blog = Fakes.Blog(owner: Fakes.Author("Owner"));
        await SeedAsync(Fakes.Article("A", Fakes.Author(), blog), Fakes.Article("B", Fakes.Author("Bob"), blog));
        Sql.Clear();

        // Act
        var response = await Client.GetApiAsync($"/api/blogs/{blog.Id}?include=owner,articles.author.articles,articles.comments");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        Sql.Commands.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(1, "", 3)]
    [InlineData(20, "?include=author,comments", 4)]
    public async Task Secondary_and_relationship_reads_use_fixed_sql_commands_whatever_size(int articles, string include, int secondarySqlCommands)
    {
        // Arrange
        var blog = Fakes.Blog();
        var seeded = Enumerable.Range(0, articles).Select(index => Fakes.Article($"A{index}", Fakes.Author(), blog)).ToList();
        await SeedAsync([.. seeded, .. seeded.Select(article => Fakes.Comment("c", article))]);
        Sql.Clear();

        // Act
        var secondary = await Client.GetApiAsync($"/api/blogs/{blog.Id}/articles{include}");
        var secondaryCommands = Sql.Commands.Count;
        Sql.Clear();
        var relationship = await Client.GetApiAsync($"/api/blogs/{blog.Id}/relationships/articles");

        // Assert
        secondary.DataArray.Count.ShouldBe(Math.Min(articles, 5));
        relationship.DataArray.Count.ShouldBe(Math.Min(articles, 5));
        secondaryCommands.ShouldBe(secondarySqlCommands);
        Sql.Commands.Count.ShouldBe(3);
    }
}
