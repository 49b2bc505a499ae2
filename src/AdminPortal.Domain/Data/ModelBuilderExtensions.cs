using System.Text;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AdminPortal.Domain.Data;

internal static class ModelBuilderExtensions
{
    public static void ApplyTenantFilter<T>(this ModelBuilder modelBuilder, AdminPortalDbContext context)
        where T : class, IOrganisationOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(AdminPortalDbContext.TenantFilter, e => e.OrganisationId == context.CurrentOrganisationId);

    /// <summary>Tables, columns, keys and indexes in snake_case, as PostgreSQL users expect.</summary>
    public static void UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(SnakeCase.From(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.From(property.GetColumnName()));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase.From(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase.From(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase.From(index.GetDatabaseName()!));
            }
        }
    }
}

public static class SnakeCase
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>Stores an enum as its snake_case name (<c>IvrMenu</c> → <c>ivr_menu</c>).</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCaseEnum<TEnum>.ToName(value),
    name => SnakeCaseEnum<TEnum>.Parse(name))
    where TEnum : struct, Enum;

public static class SnakeCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> _names =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => SnakeCase.From(v.ToString()));

    private static readonly Dictionary<string, TEnum> _values =
        _names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Names => _names.Values;

    public static string ToName(TEnum value) => _names[value];

    public static TEnum Parse(string name) => _values[name];

    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && _values.TryGetValue(name, out value);
    }
}
