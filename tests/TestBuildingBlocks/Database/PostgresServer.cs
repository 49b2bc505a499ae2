using Npgsql;

namespace TestBuildingBlocks.Database;

/// <summary>
/// The PostgreSQL server the tests may use, named by <c>ADMINPORTAL_TEST_POSTGRES</c> (a connection string whose user may
/// CREATE DATABASE). Fixtures create a database of their own with a random name and drop it when done; without the
/// variable nothing is created and tests marked <see cref="PostgresFactAttribute"/> / <see cref="PostgresTheoryAttribute"/> skip.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "ADMINPORTAL_TEST_POSTGRES";

    public const string SkipReason =
        $"PostgreSQL tests need {ConnectionStringVariable} (a connection string to a PostgreSQL server whose user may create databases).";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    /// <summary>A database name no other fixture uses: <paramref name="prefix"/> and a random suffix.</summary>
    public static string NewDatabaseName(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    /// <summary>The connection string of database <paramref name="databaseName"/> on the configured server.</summary>
    public static string ConnectionStringFor(string databaseName, int maxPoolSize = 25) =>
        new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            Database = databaseName,
            MaxPoolSize = maxPoolSize,
        }.ToString();

    public static async Task CreateDatabaseAsync(string databaseName)
    {
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database even while pooled connections still hold it.</summary>
    public static async Task DropDatabaseAsync(string databaseName)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason)) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
