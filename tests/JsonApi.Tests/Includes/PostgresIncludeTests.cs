using System.Net;
using JsonApi.Tests.Infrastructure;
using TestBuildingBlocks.Database;

namespace JsonApi.Tests.Includes;

/// <summary>Runs only when ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresIncludeTests(PostgresBlogApiFixture fixture) : PostgresBlogApiTest(fixture)
{
    [PostgresFact]
    public async Task Can_include_nested_to_many_through_to_one_to_many()
    {
        // Arrange
        var ada = Fakes.Author("Ada");
        var blog = Fakes.Blog(owner: ada);
        var first = Fakes.Article("First", ada, blog);
        await SeedAsync(first, Fakes.Article("Second", ada), Fakes.Comment("c", first, ada));
        Sql.Clear();

        // Act
        var response = await Client.GetApiAsync($"/api/blogs?include=owner,articles.author.articles,articles.comments&fields[Author]=first_name,articles");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Included.Count(item => (string?)item!["type"] == "Article").ShouldBe(2);
        response.Included.Count(item => (string?)item!["type"] == "Comment").ShouldBe(1);
        response.Included.Single(item => (string?)item!["type"] == "Author")!["attributes"]!.AsObject().Count.ShouldBe(1);
        Sql.Commands.Count.ShouldBe(5, "the count, the blogs with their owners, then one command per included collection: articles, author.articles, comments");
    }

    [PostgresFact]
    public async Task Can_filter_sort_and_page()
    {
        // Arrange
        var author = Fakes.Author("Ada");
        var first = Fakes.Article("Alpha", author, views: 10);
        first.PublishedAt = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await SeedAsync(first, Fakes.Article("Beta's", author, views: 20), Fakes.Article("Gamma", views: 30), Fakes.Comment("x", first));

        // Act
        var response = await Client.GetApiAsync("/api/articles?sort=-views&page[size]=1&filter="
            + Uri.EscapeDataString("and(or(has(comments),equals(title,'Beta''s')),greaterThan(published_at,'2024-01-01T00:00:00Z'),equals(author.first_name,'Ada'),any(status,'draft'))"));

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["Alpha"]);
        response.Body!["meta"]!["total"]!.GetValue<int>().ShouldBe(1);
    }
}
