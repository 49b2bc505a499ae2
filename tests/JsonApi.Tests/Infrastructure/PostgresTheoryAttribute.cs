namespace JsonApi.Tests.Infrastructure;

/// <summary>A theory that runs only when ADMINPORTAL_TEST_POSTGRES holds a PostgreSQL connection string; otherwise it is reported as skipped.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresBlogApiFixture.Variable)))
        {
            Skip = $"Set {PostgresBlogApiFixture.Variable} to a PostgreSQL connection string to run this test.";
        }
    }
}
