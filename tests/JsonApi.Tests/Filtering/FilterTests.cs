using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Filtering;

public sealed class FilterTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    [Theory]
    [MemberData(nameof(FilterCases.All), MemberType = typeof(FilterCases))]
    public async Task Can_filter(string filter, string[] expected)
    {
        // Arrange
        await FilterCases.SeedAsync(Fixture);

        // Act
        var titles = await FilterCases.TitlesAsync(Client, filter);

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
        byId.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Ada"]);
        byRating.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Bob"]);
        byComputed.DataArray.Select(item => (string?)item!["attributes"]!["first_name"]).ShouldBe(["Ada"]);
    }

    [Fact]
    public async Task Can_filter_and_sort_on_ids_and_to_one_ids()
    {
        // Arrange
        var ada = Fakes.Author("Ada");
        var first = Fakes.Article("First", ada);
        var second = Fakes.Article("Second");
        await SeedAsync(first, second, Fakes.Article("Third"));

        // Act
        var byIds = await Client.GetApiAsync($"/api/articles?sort=-id&filter=any(id,'{first.Id}','{second.Id}')");
        var byAuthor = await Client.GetApiAsync($"/api/articles?filter=equals(author.id,'{ada.Id}')");

        // Assert
        byIds.DataArray.Select(item => (string?)item!["id"]).ShouldBe(new[] { first.Id, second.Id }.OrderDescending().Select(id => id.ToString()));
        byAuthor.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["First"]);
    }

    [Fact]
    public async Task Cannot_nest_filters_too_deeply()
    {
        // Arrange
        var filter = string.Concat(Enumerable.Repeat("not(", 40)) + "equals(title,'x')" + new string(')', 40);

        // Act
        var response = await Client.GetApiAsync($"/api/articles?filter={filter}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["detail"]!.GetValue<string>().ShouldContain("nested");
    }

    [Fact]
    public async Task Multiple_filter_parameters_are_combined()
    {
        // Arrange
        await FilterCases.SeedAsync(Fixture);

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

    [Theory]
    [InlineData("equals(views,'many')", "Failed to convert 'many' of type 'String' to type 'Int32' at position 14.")]
    [InlineData("and(equals(title,'a'),lessThan(title,'b'))", "Field 'title' cannot be compared with LessThan: only numbers and dates can at position 32.")]
    [InlineData("has(comments,equals(body,'x'))", "Attribute 'body' does not exist on resource type 'Comment'.")]
    public async Task Filter_errors_say_where(string filter, string detail)
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(filter)}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["detail"]!.GetValue<string>().ShouldBe(detail);
    }
}
