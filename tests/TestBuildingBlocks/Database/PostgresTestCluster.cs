using AdminPortal.Domain.Data;
using Npgsql;

namespace TestBuildingBlocks.Database;

/// <summary>
/// A fresh PostgreSQL database per fixture on the server named by <c>ADMINPORTAL_TEST_POSTGRES</c>
/// (a connection string whose user may CREATE DATABASE). The database gets a random name and is dropped on dispose.
/// Without the variable nothing is created; tests marked <see cref="PostgresFactAttribute"/> / <see cref="PostgresTheoryAttribute"/> skip.
/// </summary>
public class PostgresTestCluster : TestDatabase
{
    public const string ConnectionStringVariable = "ADMINPORTAL_TEST_POSTGRES";

    public const string SkipReason =
        $"PostgreSQL tests need {ConnectionStringVariable} (a connection string to a PostgreSQL server whose user may create databases).";

    private readonly string _databaseName = $"adminportal_test_{Guid.NewGuid():N}";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ServerConnectionString is not null;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string DatabaseName => _databaseName;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString ?? throw new InvalidOperationException(SkipReason))
    {
        Database = _databaseName,
        MaxPoolSize = 200,
    }.ToString();

    protected override async Task<bool> CreateDatabaseAsync()
    {
        if (!IsConfigured)
        {
            return false;
        }

        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
        await command.ExecuteNonQueryAsync();
        return true;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (!IsConfigured)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
