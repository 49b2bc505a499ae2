using JsonApi.Tests.Infrastructure;
using TestBuildingBlocks.Database;

namespace JsonApi.Tests.Pagination;

/// <summary>Deep pages on PostgreSQL, where reading ids first is what the option is for; runs only when
/// ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresPaginationTests(PostgresBlogApiFixture fixture) : PostgresBlogApiTest(fixture)
{
    [PostgresFact]
    public Task A_deep_page_reads_the_same_rows_in_the_same_order_with_includes_and_a_filter() => DeepPages.ReadTheSameRowsAsync(Fixture);
}
