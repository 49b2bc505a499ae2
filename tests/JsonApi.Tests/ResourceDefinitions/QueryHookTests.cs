using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.ResourceDefinitions;

/// <summary>Definitions shape reads on the parsed query: the filter expression (<c>OnApplyFilter</c>), the include tree and the sort.</summary>
public sealed class QueryHookTests(DefinitionHooksFixture fixture) : BlogApiTest<DefinitionHooksFixture>(fixture)
{
    private async Task<(Author Author, Article Shown, Article Deleted)> SeedSoftDeletedAsync()
    {
        var author = Fakes.Author();
        var shown = Fakes.Article("Shown", author);
        var deleted = Fakes.Article("Gone", author);
        deleted.Deleted = true;
        await SeedAsync(shown, deleted, Fakes.Comment("on the gone one", deleted));
        return (author, shown, deleted);
    }

    private static IEnumerable<string?> Titles(IEnumerable<System.Text.Json.Nodes.JsonNode?> resources) =>
        resources.Where(item => (string?)item!["type"] == "Article").Select(item => (string?)item!["attributes"]!["title"]);

    [Theory]
    [InlineData("", new[] { "Shown" })]
    [InlineData("?filter=equals(deleted,'true')", new[] { "Gone" })]
    [InlineData("?filter=or(equals(deleted,'true'),equals(deleted,'false'))", new[] { "Gone", "Shown" })]
    [InlineData("?filter=contains(title,'deleted')", new string[0])]
    [InlineData("?filter=equals(author.first_name,'Ada')", new[] { "Shown" })]
    public async Task Hidden_rows_show_only_when_the_filter_names_their_attribute(string query, string[] titles)
    {
        // Arrange
        await SeedSoftDeletedAsync();

        // Act
        var response = await Client.GetApiAsync($"/api/articles{query}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        Titles(response.DataArray).ShouldBe(titles, ignoreOrder: true);
    }

    [Fact]
    public async Task Rows_a_filter_asks_for_stay_hidden_in_its_includes()
    {
        // Arrange
        var (_, _, deleted) = await SeedSoftDeletedAsync();

        // Act
        var response = await Client.GetApiAsync("/api/articles?filter=equals(deleted,'true')&include=author.articles");

        // Assert
        Titles(response.DataArray).ShouldBe(["Gone"]);
        Titles(response.Included).ShouldBe(["Shown"]);
        var author = response.Included.Single(item => (string?)item!["type"] == "Author")!;
        author["relationships"]!["articles"]!["data"]!.AsArray().Select(item => (string?)item!["id"]).ShouldNotContain(deleted.Id.ToString());
    }

    [Fact]
    public async Task Has_condition_sees_the_rows_it_names_but_includes_do_not()
    {
        // Arrange
        var (author, _, _) = await SeedSoftDeletedAsync();
        await SeedAsync(Fakes.Article("Other", Fakes.Author("Bob")));

        // Act
        var response = await Client.GetApiAsync("/api/authors?filter=has(articles,equals(deleted,'true'))&include=articles");

        // Assert
        response.DataArray.Select(item => (string?)item!["id"]).ShouldBe([author.Id.ToString()]);
        Titles(response.Included).ShouldBe(["Shown"]);
    }

    [Fact]
    public async Task Counts_and_has_without_condition_see_only_visible_rows()
    {
        // Arrange
        var (author, _, _) = await SeedSoftDeletedAsync();

        // Act
        var counted = await Client.GetApiAsync("/api/authors?filter=equals(count(articles),'1')");
        var computed = await Client.GetApiAsync($"/api/authors/{author.Id}");

        // Assert
        counted.DataArray.Select(item => (string?)item!["id"]).ShouldBe([author.Id.ToString()]);
        computed.Data["relationships"]!["articles"]!["data"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("?filter=equals(article.title,'Gone')", 0)]
    [InlineData("?filter=startsWith(article.body,'Body')", 0)]
    [InlineData("?filter=equals(article,null)", 1)]
    public async Task Paths_through_hidden_rows_read_as_null(string query, int expected)
    {
        // Arrange
        await SeedSoftDeletedAsync();

        // Act
        var response = await Client.GetApiAsync($"/api/comments{query}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.DataArray.Count.ShouldBe(expected);
    }

    [Fact]
    public async Task Linkage_to_a_hidden_row_reads_as_null()
    {
        // Arrange
        await SeedSoftDeletedAsync();

        // Act
        var response = await Client.GetApiAsync("/api/comments?include=article");

        // Assert
        response.DataArray.Single()!["relationships"]!["article"]!["data"].ShouldBeNull();
        response.Included.ShouldBeEmpty();
    }

    [Fact]
    public async Task Definition_can_add_to_the_include_tree()
    {
        // Arrange
        var (author, _, _) = await SeedSoftDeletedAsync();

        // Act
        var response = await Client.GetApiAsync($"/api/authors/{author.Id}");

        // Assert
        Titles(response.Included).ShouldBe(["Shown"]);
    }

    [Fact]
    public async Task Definition_can_replace_the_sort()
    {
        // Arrange
        await SeedAsync(Fakes.Author("Zoe", "Adams"), Fakes.Author("Ann", "Zimmer"), Fakes.Author("Max", "Meyer"));

        // Act
        var unsorted = await Client.GetApiAsync("/api/authors");
        var sorted = await Client.GetApiAsync("/api/authors?sort=first_name");

        // Assert
        unsorted.DataArray.Select(item => (string?)item!["attributes"]!["last_name"]).ShouldBe(["Adams", "Meyer", "Zimmer"]);
        sorted.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Ann", "Max", "Zoe"]);
    }
}
