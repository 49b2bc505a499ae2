using AdminPortal.Domain.Data;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>A model change without its migration would leave databases behind the code on the next start.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteAdminPortalDbContext(
            new DbContextOptionsBuilder<SqliteAdminPortalDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());

        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqliteAdminPortalDbContext");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresAdminPortalDbContext(
            new DbContextOptionsBuilder<PostgresAdminPortalDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options, new TenantContext());

        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for PostgresAdminPortalDbContext");
    }
}
