using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace JsonApi.Tests.Infrastructure;

/// <summary>The same host on PostgreSQL (a fresh database per test class on the <see cref="PostgresServer"/>) when ADMINPORTAL_TEST_POSTGRES is set.</summary>
public sealed class PostgresBlogApiFixture : BlogApiFixture
{
    private readonly string? _connectionString = PostgresServer.IsConfigured
        ? PostgresServer.ConnectionStringFor(PostgresServer.NewDatabaseName("jsonapi_tests"))
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
