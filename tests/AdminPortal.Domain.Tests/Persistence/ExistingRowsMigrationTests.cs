using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

public sealed class SqliteExistingRowsMigrationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public Task Rows_of_an_older_database_are_numbered_and_made_unique() =>
        new ExistingRowsMigrationScenario(database).Rows_of_an_older_database_are_numbered_and_made_unique();
}

public sealed class PostgresExistingRowsMigrationTests(PostgresTestCluster database) : IClassFixture<PostgresTestCluster>
{
    [PostgresFact]
    public Task Rows_of_an_older_database_are_numbered_and_made_unique() =>
        new ExistingRowsMigrationScenario(database).Rows_of_an_older_database_are_numbered_and_made_unique();
}
