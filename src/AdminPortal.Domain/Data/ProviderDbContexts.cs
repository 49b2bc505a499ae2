using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Data;

/// <summary>The model on SQLite, the embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAdminPortalDbContext(DbContextOptions<SqliteAdminPortalDbContext> options, ITenantContext tenant)
    : AdminPortalDbContext(options, tenant);

/// <summary>The model on PostgreSQL; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresAdminPortalDbContext(DbContextOptions<PostgresAdminPortalDbContext> options, ITenantContext tenant)
    : AdminPortalDbContext(options, tenant);
