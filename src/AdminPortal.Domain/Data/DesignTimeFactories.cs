using AdminPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AdminPortal.Domain.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAdminPortalDbContext>
{
    public SqliteAdminPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAdminPortalDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdminPortalDbContext>
{
    public PostgresAdminPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAdminPortalDbContext>().UseNpgsql("Host=localhost;Database=adminportal").Options, new TenantContext());
}
