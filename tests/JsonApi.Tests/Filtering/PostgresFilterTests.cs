using JsonApi.Tests.Infrastructure;

namespace JsonApi.Tests.Filtering;

/// <summary>The filter cases on PostgreSQL; runs only when ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresFilterTests(PostgresBlogApiFixture fixture) : BlogApiTest<PostgresBlogApiFixture>(fixture)
{
    public override Task InitializeAsync() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresBlogApiFixture.Variable)) ? Task.CompletedTask : base.InitializeAsync();

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
}
