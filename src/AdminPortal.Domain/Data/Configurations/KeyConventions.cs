using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

/// <summary>The keys several configurations share: numeric ids and case-insensitive names.</summary>
internal static class KeyConventions
{
    /// <summary>Filters of partial unique indexes (the same SQL on SQLite and PostgreSQL).</summary>
    public const string NotDeleted = "NOT \"deleted\"";
    public const string RootNotDeleted = "\"parent_id\" IS NULL AND NOT \"deleted\"";
    public const string ChildNotDeleted = "\"parent_id\" IS NOT NULL AND NOT \"deleted\"";

    /// <summary>numeric_id: read-only, unique within the organisation.</summary>
    public static void HasNumericId<T>(this EntityTypeBuilder<T> builder)
        where T : class, INumbered
    {
        builder.Property(e => e.NumericId).ValueGeneratedNever();
        builder.HasIndex(e => new { e.OrganisationId, e.NumericId }).IsUnique();
    }

    /// <summary>
    /// A shadow column the database keeps equal to <c>lower(column)</c>, so a unique index on it compares
    /// case-insensitively on both providers and no writer (service, JSON:API, bulk seeding) can bypass it.
    /// </summary>
    public static void HasLowerCaseCopy<T>(this EntityTypeBuilder<T> builder, string shadowProperty, string column, int maxLength)
        where T : class =>
        builder.Property<string>(shadowProperty).HasMaxLength(maxLength).HasComputedColumnSql($"lower(\"{column}\")", stored: true);
}
