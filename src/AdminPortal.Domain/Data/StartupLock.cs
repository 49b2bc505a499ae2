using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.Domain.Data;

/// <summary>
/// Serialises start-up work (migrations, demo seeding) across hosts that share one database. On PostgreSQL a session
/// advisory lock held on a connection of its own: the second host waits for the first, then finds the schema and the demo
/// in place. SQLite serves one host, so there it holds nothing.
/// </summary>
public static class StartupLock
{
    /// <summary>The advisory lock's key ("AdminPrt" in ASCII), shared by every host of the product.</summary>
    public const long Key = 0x4164_6D69_6E50_7274;

    public static async Task<IAsyncDisposable> AcquireAsync(AdminPortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (db is not PostgresAdminPortalDbContext)
        {
            return Nothing.Instance;
        }

        // unpooled: the lock belongs to this session and ends with it, whatever happens to the process
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
