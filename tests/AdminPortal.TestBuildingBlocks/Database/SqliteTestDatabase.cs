using AdminPortal.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TestBuildingBlocks.Database;

/// <summary>A fresh SQLite file database per fixture in its own temp folder, migrated with the real migrations; deleted on dispose.</summary>
public class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adminportal-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_folder, "adminportal.db"),
        Pooling = true,
        DefaultTimeout = 60,
    }.ToString();

    protected override Task<bool> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult(true);
    }

    protected override async Task AfterMigrateAsync(AdminPortalDbContext db) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // a file still open elsewhere: the temp folder is cleaned by the OS later
        }

        return Task.CompletedTask;
    }
}
