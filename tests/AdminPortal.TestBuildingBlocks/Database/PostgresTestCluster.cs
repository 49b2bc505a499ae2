using AdminPortal.Domain.Data;

namespace TestBuildingBlocks.Database;

/// <summary>
/// A fresh PostgreSQL database per fixture on the <see cref="PostgresServer"/> (ADMINPORTAL_TEST_POSTGRES), with the
/// AdminPortal model migrated into it; dropped on dispose. Without the variable nothing is created and tests marked
/// <see cref="PostgresFactAttribute"/> / <see cref="PostgresTheoryAttribute"/> skip.
/// </summary>
public class PostgresTestCluster : TestDatabase
{
    public const string ConnectionStringVariable = PostgresServer.ConnectionStringVariable;

    public const string SkipReason = PostgresServer.SkipReason;

    public static string? ServerConnectionString => PostgresServer.ConnectionString;

    public static bool IsConfigured => PostgresServer.IsConfigured;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string DatabaseName { get; } = PostgresServer.NewDatabaseName("adminportal_test");

    public override string ConnectionString => PostgresServer.ConnectionStringFor(DatabaseName);

    protected override async Task<bool> CreateDatabaseAsync()
    {
        if (!IsConfigured)
        {
            return false;
        }

        await PostgresServer.CreateDatabaseAsync(DatabaseName);
        return true;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (IsConfigured)
        {
            await PostgresServer.DropDatabaseAsync(DatabaseName);
        }
    }
}
