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
}
