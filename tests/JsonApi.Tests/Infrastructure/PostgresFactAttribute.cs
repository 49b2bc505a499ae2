namespace JsonApi.Tests.Infrastructure;

/// <summary>A fact that runs only when ADMINPORTAL_TEST_POSTGRES holds a PostgreSQL connection string; otherwise it is reported as skipped.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresBlogApiFixture.Variable)))
        {
            Skip = $"Set {PostgresBlogApiFixture.Variable} to a PostgreSQL connection string to run this test.";
        }
    }
}
