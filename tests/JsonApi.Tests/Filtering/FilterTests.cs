using System.Net;
using JsonApi.Tests.Infrastructure;
using JsonApi.Tests.Model;

namespace JsonApi.Tests.Filtering;

public sealed class FilterTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private async Task<string[]> TitlesAsync(string filter)
    {
        var response = await Client.GetApiAsync($"/api/articles?page[size]=50&sort=title&filter={Uri.EscapeDataString(filter)}");
        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        return [.. response.DataArray.Select(item => (string)item!["attributes"]!["title"]!)];
    }

    private async Task SeedBlogAsync()
    {
        var ada = Fakes.Author("Ada", level: AuthorLevel.SeniorWriter);
        var bob = Fakes.Author("Bob");
        var first = Fakes.Article("Alpha", ada, views: 10, status: ArticleStatus.Published);
        first.PublishedAt = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var second = Fakes.Article("Beta's", bob, views: 20, status: ArticleStatus.InReview);
        var third = Fakes.Article("Gamma", null, views: 30);
        first.Tags.Add(Fakes.Tag("news"));
        await SeedAsync(first, second, third, Fakes.Comment("x", first), Fakes.Comment("y", first), Fakes.Comment("z", second));
    }

    [Theory]
    [InlineData("equals(title,'Alpha')", new[] { "Alpha" })]
    [InlineData("equals(title,'Beta''s')", new[] { "Beta's" })]
    [InlineData("lessThan(views,'20')", new[] { "Alpha" })]
    [InlineData("lessOrEqual(views,'20')", new[] { "Alpha", "Beta's" })]
    [InlineData("greaterThan(views,'20')", new[] { "Gamma" })]
    [InlineData("greaterOrEqual(views,'20')", new[] { "Beta's", "Gamma" })]
    [InlineData("contains(title,'mm')", new[] { "Gamma" })]
    [InlineData("startsWith(title,'Al')", new[] { "Alpha" })]
    [InlineData("endsWith(title,'a')", new[] { "Alpha", "Gamma" })]
    [InlineData("any(status,'published','in_review')", new[] { "Alpha", "Beta's" })]
    [InlineData("equals(status,'draft')", new[] { "Gamma" })]
    [InlineData("has(comments)", new[] { "Alpha", "Beta's" })]
    [InlineData("has(comments,equals(text,'z'))", new[] { "Beta's" })]
    [InlineData("greaterThan(count(comments),'1')", new[] { "Alpha" })]
    [InlineData("has(tags)", new[] { "Alpha" })]
    [InlineData("not(equals(title,'Alpha'))", new[] { "Beta's", "Gamma" })]
    [InlineData("and(greaterThan(views,'5'),lessThan(views,'25'))", new[] { "Alpha", "Beta's" })]
    [InlineData("or(equals(title,'Alpha'),equals(title,'Gamma'))", new[] { "Alpha", "Gamma" })]
    [InlineData("equals(published_at,null)", new[] { "Beta's", "Gamma" })]
    [InlineData("greaterThan(published_at,'2024-02-01T00:00:00Z')", new[] { "Alpha" })]
    [InlineData("equals(author,null)", new[] { "Gamma" })]
    [InlineData("equals(author.first_name,'Bob')", new[] { "Beta's" })]
    [InlineData("equals(author.level,'senior_writer')", new[] { "Alpha" })]
    public async Task Can_filter(string filter, string[] expected)
    {
        // Arrange
        await SeedBlogAsync();

        // Act
        var titles = await TitlesAsync(filter);

        // Assert
        titles.ShouldBe(expected);
    }

    [Fact]
    public async Task Can_filter_on_guid_double_and_computed()
    {
        // Arrange
        var ada = Fakes.Author("Ada");
        var bob = Fakes.Author("Bob");
        bob.Rating = 2.5;
        await SeedAsync(Fakes.Article("A", ada), bob);

        // Act
        var byId = await Client.GetApiAsync($"/api/authors?filter=equals(id,'{ada.Id}')");
        var byRating = await Client.GetApiAsync("/api/authors?filter=lessThan(rating,'3.0')");
        var byComputed = await Client.GetApiAsync("/api/authors?filter=greaterThan(articles_count,'0')");

        // Assert
        byId.Status.ShouldBe(HttpStatusCode.BadRequest, "id is not an attribute");
        byRating.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Bob"]);
        byComputed.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Ada"]);
    }

    [Fact]
    public async Task Multiple_filter_parameters_are_combined()
    {
        // Arrange
        await SeedBlogAsync();

        // Act
        var response = await Client.GetApiAsync("/api/articles?filter=greaterThan(views,'5')&filter=lessThan(views,'25')&sort=title");

        // Assert
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["Alpha", "Beta's"]);
    }

    [Theory]
    [InlineData("equals(views,'many')", "Failed to convert 'many' of type 'String' to type 'Int32'")]
    [InlineData("equals(status,'archived')", "to type 'ArticleStatus'")]
    [InlineData("equals(popularity,'1')", "Attribute 'popularity' does not exist on resource type 'Article'")]
    [InlineData("lessThan(title,'x')", "cannot be compared")]
    [InlineData("contains(views,'1')", "is not text")]
    [InlineData("equals(title,'open", "Unterminated quoted text")]
    [InlineData("equals(title,'a'", "')' expected")]
    [InlineData("shout(title)", "Unknown filter function 'shout'")]
    [InlineData("equals(views,null)", "cannot be compared with null")]
    [InlineData("has(author)", "To-many relationship 'author' does not exist")]
    [InlineData("equals(title,'a'))", "End of filter expected")]
    public async Task Cannot_filter_with_invalid_expression(string filter, string message)
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(filter)}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe("filter");
        response.Error["detail"]!.GetValue<string>().ShouldContain(message);
    }
}
