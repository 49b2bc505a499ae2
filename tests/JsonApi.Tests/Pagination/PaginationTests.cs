using System.Net;
using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Pagination;

public sealed class PaginationTests(BlogApiFixture fixture) : BlogApiTest(fixture)
{
    private async Task SeedArticlesAsync(int count) =>
        await SeedAsync([.. Enumerable.Range(1, count).Select(index => Fakes.Article($"T{index:00}"))]);

    [Fact]
    public async Task Uses_default_page_size_and_reports_total()
    {
        // Arrange
        await SeedArticlesAsync(7);

        // Act
        var response = await Client.GetApiAsync("/api/articles");

        // Assert
        response.DataArray.Count.ShouldBe(5);
        response.Body!["meta"]!["total"]!.GetValue<int>().ShouldBe(7);
    }

    [Fact]
    public async Task Can_get_middle_page_with_links()
    {
        // Arrange
        await SeedArticlesAsync(7);

        // Act
        var response = await Client.GetApiAsync("/api/articles?sort=title&page[size]=2&page[number]=2");

        // Assert
        response.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["T03", "T04"]);
        var links = response.Body!["links"]!;
        Uri.UnescapeDataString(links["first"]!.GetValue<string>()).ShouldEndWith("page[number]=1");
        Uri.UnescapeDataString(links["prev"]!.GetValue<string>()).ShouldEndWith("page[number]=1");
        Uri.UnescapeDataString(links["next"]!.GetValue<string>()).ShouldEndWith("page[number]=3");
        Uri.UnescapeDataString(links["last"]!.GetValue<string>()).ShouldEndWith("page[number]=4");
        Uri.UnescapeDataString(links["next"]!.GetValue<string>()).ShouldContain("sort=title");
    }

    [Fact]
    public Task A_deep_page_reads_the_same_rows_in_the_same_order_with_includes_and_a_filter() => DeepPages.ReadTheSameRowsAsync(Fixture);

    [Fact]
    public async Task Last_page_has_no_next_link()
    {
        // Arrange
        await SeedArticlesAsync(3);

        // Act
        var response = await Client.GetApiAsync("/api/articles?page[size]=2&page[number]=2");

        // Assert
        response.DataArray.Count.ShouldBe(1);
        response.Body!["links"]!["next"].ShouldBeNull();
    }

    [Theory]
    [InlineData("page[size]=51", "page[size]")]
    [InlineData("page[size]=0", "page[size]")]
    [InlineData("page[number]=-1", "page[number]")]
    [InlineData("page[number]=abc", "page[number]")]
    [InlineData("page[number]=2000000000&page[size]=50", "page[number]")]
    public async Task Cannot_use_invalid_page_parameters(string query, string parameter)
    {
        // Act
        var response = await Client.GetApiAsync($"/api/articles?{query}");

        // Assert
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Error["source"]!["parameter"]!.GetValue<string>().ShouldBe(parameter);
    }
}
