using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>The model on SQLite, the embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAdminPortalDbContext(DbContextOptions<SqliteAdminPortalDbContext> options, ITenantContext tenant, AuditContext? audit = null)
    : AdminPortalDbContext(options, tenant, audit)
{
    /// <summary>
    /// SQLite can't add a stored generated column to an existing table, but indexes a virtual one just as well:
    /// the lower-case copies behind the case-insensitive unique indexes are virtual here (stored on PostgreSQL).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.GetComputedColumnSql() is not null))
        {
            property.SetIsStored(false);
        }
    }
}

/// <summary>The model on PostgreSQL; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresAdminPortalDbContext(DbContextOptions<PostgresAdminPortalDbContext> options, ITenantContext tenant, AuditContext? audit = null)
    : AdminPortalDbContext(options, tenant, audit);
