using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.Includes;

/// <summary>An included to-many relationship shows its first page (IncludedPageSize, 10 here) in the order of its relationship
/// endpoint, with a next link to the following page; sibling collections never multiply each other's rows.</summary>
public sealed class IncludedPagingTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private async Task<Article> SeedArticleWithCommentsAndTagsAsync(int comments, int tags)
    {
        var article = Fakes.Article("Busy");
        article.Tags.AddRange(Enumerable.Range(0, tags).Select(index => Fakes.Tag($"tag{index:00}")));
        await SeedAsync([article, .. Enumerable.Range(0, comments).Select(index => Fakes.Comment($"c{index}", article))]);
        return article;
    }

    [Fact]
    public async Task Included_collection_shows_its_first_page_and_links_the_next()
    {
        // Arrange
        var article = await SeedArticleWithCommentsAndTagsAsync(comments: 25, tags: 0);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}?include=comments");
        var relationship = response.Data["relationships"]!["comments"]!;
        var next = await Client.GetApiAsync(relationship["links"]!["next"]!.GetValue<string>());
        var all = await Client.GetApiAsync($"/api/articles/{article.Id}/relationships/comments?page[size]=50");

        // Assert
        var firstPage = relationship["data"]!.AsArray().Select(item => (string?)item!["id"]).ToList();
        firstPage.Count.ShouldBe(10);
        response.Included.Count.ShouldBe(10);
        relationship["links"]!["next"]!.GetValue<string>().ShouldContain("/relationships/comments?page%5Bsize%5D=10&page%5Bnumber%5D=2");
        var ordered = all.DataArray.Select(item => (string?)item!["id"]).ToList();
        firstPage.ShouldBe(ordered.Take(10));
        next.DataArray.Select(item => (string?)item!["id"]).ShouldBe(ordered.Skip(10).Take(10));
    }

    [Fact]
    public async Task Included_collection_that_fits_has_no_next_link()
    {
        // Arrange
        var article = await SeedArticleWithCommentsAndTagsAsync(comments: 10, tags: 0);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}?include=comments");

        // Assert
        response.Data["relationships"]!["comments"]!["data"]!.AsArray().Count.ShouldBe(10);
        response.Data["relationships"]!["comments"]!["links"]!["next"].ShouldBeNull();
    }

    [Fact]
    public async Task Included_collection_follows_the_default_sort_of_its_type()
    {
        // Arrange
        var article = await SeedArticleWithCommentsAndTagsAsync(comments: 0, tags: 12);

        // Act
        var response = await Client.GetApiAsync($"/api/articles/{article.Id}?include=tags");

        // Assert
        response.Included.Select(item => (string?)item!["attributes"]!["name"])
            .ShouldBe(Enumerable.Range(2, 10).Reverse().Select(index => $"tag{index:00}"));
    }

    [Fact]
    public async Task Sibling_collections_read_separately_and_stay_bounded()
    {
        // Arrange: two articles, each with 40 comments and 40 tags (a joined read would return 2 × 40 × 40 rows).
        await SeedArticleWithCommentsAndTagsAsync(comments: 40, tags: 40);
        await SeedArticleWithCommentsAndTagsAsync(comments: 40, tags: 40);
        Sql.Clear();

        // Act
        var response = await Client.GetApiAsync("/api/articles?include=comments,tags,author");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Included.Count(item => (string?)item!["type"] == "Comment").ShouldBe(20);
        response.Included.Count(item => (string?)item!["type"] == "Tag").ShouldBe(20);
        Sql.Commands.Count.ShouldBe(4, "count, articles with authors, comments, tags");
    }
}
