using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JsonApi.Tests.Infrastructure;

/// <summary>The same host on PostgreSQL (a fresh database per test class) when ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresBlogApiFixture : BlogApiFixture
{
    public const string Variable = "ADMINPORTAL_TEST_POSTGRES";

    private readonly string? _connectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
        ? new NpgsqlConnectionStringBuilder(configured) { Database = $"jsonapi_tests_{Guid.NewGuid():N}" }.ConnectionString
        : null;

    protected override void UseDatabase(DbContextOptionsBuilder options) =>
        options.UseNpgsql(_connectionString ?? "Host=unconfigured");

    public override async Task InitializeAsync()
    {
        if (_connectionString is not null)
        {
            await base.InitializeAsync();
        }
    }

    public override async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await WithDbAsync(db => db.Database.EnsureDeletedAsync());
            await base.DisposeAsync();
        }
    }
}
