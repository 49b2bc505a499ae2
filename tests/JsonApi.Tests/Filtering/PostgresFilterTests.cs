using JsonApi.Tests.Infrastructure;
using TestBuildingBlocks.Database;

namespace JsonApi.Tests.Filtering;

/// <summary>The filter cases on PostgreSQL; runs only when ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresFilterTests(PostgresBlogApiFixture fixture) : PostgresBlogApiTest(fixture)
{
    [PostgresTheory]
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

    [PostgresFact]
    public async Task Can_list_and_combine_up_to_the_bound()
    {
        // Arrange
        await SeedAsync(Fakes.Article("T1"), Fakes.Article("T99"), Fakes.Article("Other"));

        // Act
        var listed = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(FilterLimitTests.AnyOfTitles(1000))}&sort=title");
        var combined = await Client.GetApiAsync($"/api/articles?filter={Uri.EscapeDataString(FilterLimitTests.OrOfTitles(100))}&sort=title");

        // Assert
        listed.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["T1", "T99"]);
        combined.DataArray.Select(item => (string?)item!["attributes"]!["title"]).ShouldBe(["T1", "T99"]);
    }
}
