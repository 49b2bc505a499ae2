namespace TestBuildingBlocks.Database;

/// <summary>A fresh PostgreSQL database without a schema: the hosts started on it migrate it themselves.</summary>
public sealed class EmptyPostgresDatabase : PostgresTestCluster
{
    protected override bool Migrates => false;
}
