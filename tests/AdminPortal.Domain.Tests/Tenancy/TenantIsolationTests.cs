using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Tenancy;

public sealed class TenantIsolationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private readonly TenantIsolationScenarios _scenarios = new(database);

    public static TheoryData<string> Entities => new(TenantIsolationScenarios.Entities);

    [Theory]
    [MemberData(nameof(Entities))]
    public Task Rows_of_another_organisation_are_invisible(string entity) => _scenarios.Rows_of_another_organisation_are_invisible(entity);

    [Fact]
    public Task Nothing_is_visible_without_an_organisation() => _scenarios.Nothing_is_visible_without_an_organisation();

    [Fact]
    public Task Includes_do_not_reach_into_another_organisation() => _scenarios.Includes_do_not_reach_into_another_organisation();
}

public sealed class PostgresTenantIsolationTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    private readonly TenantIsolationScenarios _scenarios = new(database);

    [PostgresFact]
    public Task Every_entity_is_scoped_to_the_organisation_acted_as() => _scenarios.Every_entity_is_scoped_to_the_organisation_acted_as();

    [PostgresFact]
    public Task Includes_do_not_reach_into_another_organisation() => _scenarios.Includes_do_not_reach_into_another_organisation();
}
