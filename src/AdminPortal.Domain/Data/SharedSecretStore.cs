using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>Secrets every host of one database shares (<see cref="SharedSecret"/>); the first host to need one creates it.</summary>
public sealed class SharedSecretStore(AdminPortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The value stored under <paramref name="name"/>, storing <paramref name="create"/>'s first when there is none. Hosts
    /// asking at the same moment all get the one value that was stored first.
    /// </summary>
    public string GetOrCreate(string name, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var value = create();
        var createdAt = clock.GetUtcNow().UtcDateTime;
        db.Database.ExecuteSql(
            $"INSERT INTO shared_secrets (name, value, created_at) VALUES ({name}, {value}, {createdAt}) ON CONFLICT (name) DO NOTHING");
        return db.SharedSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).Single();
    }

    /// <summary>The secret stored under <paramref name="name"/>, or null.</summary>
    public SharedSecret? Find(string name) => db.SharedSecrets.AsNoTracking().SingleOrDefault(s => s.Name == name);

    /// <summary>
    /// In one transaction (PostgreSQL; the current row locked, so two rotations at once run one after the other): the
    /// value under <paramref name="name"/> moves to <paramref name="previousName"/> and <paramref name="value"/> takes its
    /// place, both stamped now. Returns the rotated pair as stored.
    /// </summary>
    public async Task<(SharedSecret Current, SharedSecret? Previous)> RotateAsync(
        string name, string previousName, string value, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Database
            .SqlQuery<string>($"SELECT value AS \"Value\" FROM shared_secrets WHERE name = {name} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (current.Count == 1)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO shared_secrets (name, value, created_at) VALUES ({previousName}, {current[0]}, {now})
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, created_at = excluded.created_at
                """,
                cancellationToken);
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO shared_secrets (name, value, created_at) VALUES ({name}, {value}, {now})
            ON CONFLICT (name) DO UPDATE SET value = excluded.value, created_at = excluded.created_at
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (Find(name)!, Find(previousName));
    }
}
