using Xunit;

namespace TestBuildingBlocks.Database;

/// <summary>A fact that runs on PostgreSQL; skipped with a clear reason when ADMINPORTAL_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}

/// <summary>A theory that runs on PostgreSQL; skipped with a clear reason when ADMINPORTAL_TEST_POSTGRES is not set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}
