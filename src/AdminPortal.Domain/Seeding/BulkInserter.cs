using System.Data.Common;
using System.Linq.Expressions;
using AdminPortal.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AdminPortal.Domain.Seeding;

/// <summary>
/// Writes many rows with multi-row INSERT statements on the context's own connection and transaction,
/// bypassing change tracking. Column names, value conversions and parameter types come from the EF Core
/// model, so rows land exactly as EF Core would have written them (snake_case enums, SQLite GUID text, UTC times);
/// columns the database computes are left to it. Rows need their numeric ids first (<see cref="Data.NumericIds.NumberAsync"/>).
/// </summary>
public sealed class BulkInserter(AdminPortalDbContext db)
{
    private const int MaxParametersPerStatement = 30_000;
    private const int MaxRowsPerStatement = 500;

    public async Task<int> InsertAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        return await InsertAsync(entityType, rows, cancellationToken);
    }

    /// <summary>Rows of a many-to-many join table (a property bag keyed by property name).</summary>
    public async Task<int> InsertJoinRowsAsync(string joinEntityName, IEnumerable<IReadOnlyDictionary<string, object>> rows, CancellationToken cancellationToken = default)
    {
        var entityType = db.Model.FindEntityType(joinEntityName)
            ?? throw new InvalidOperationException($"{joinEntityName} is not part of the model.");
        return await InsertAsync(entityType, rows, cancellationToken);
    }

    private async Task<int> InsertAsync<T>(IEntityType entityType, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && p.GetComputedColumnSql(table) is null)
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), ValueReader<T>(p)))
            .ToArray();
        // SQLite (in-process) is fastest with one prepared single-row statement run again and again: it binds
        // parameters by name one at a time, so wide statements cost more than they save. Other servers save round trips.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, Math.Min(MaxRowsPerStatement, MaxParametersPerStatement / columns.Length));

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            if (connection is NpgsqlConnection npgsql)
            {
                return await CopyAsync(npgsql, table, columns, rows, cancellationToken);
            }

            var total = 0;
            DbCommand? fullBatch = null;
            var pending = new List<T>(rowsPerStatement);
            foreach (var row in rows)
            {
                pending.Add(row);
                if (pending.Count == rowsPerStatement)
                {
                    fullBatch ??= CreateCommand(connection, transaction, table, columns, rowsPerStatement);
                    total += await ExecuteAsync(fullBatch, columns, pending, cancellationToken);
                    pending.Clear();
                }
            }

            if (pending.Count > 0)
            {
                await using var lastBatch = CreateCommand(connection, transaction, table, columns, pending.Count);
                total += await ExecuteAsync(lastBatch, columns, pending, cancellationToken);
            }

            if (fullBatch is not null)
            {
                await fullBatch.DisposeAsync();
            }

            return total;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>PostgreSQL's binary COPY: the fastest way in, on the connection's current transaction.</summary>
    private async Task<int> CopyAsync<T>(NpgsqlConnection connection, StoreObjectIdentifier table, Column[] columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var probe = connection.CreateCommand();
        var types = columns
            .Select(c => ((NpgsqlParameter)c.Mapping.CreateParameter(probe, "p", null, nullable: true)).NpgsqlDbType)
            .ToArray();
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var total = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = columns[i].Read(row);
                    if (value is not null && columns[i].Mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                }

                total++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        return total;
    }

    private DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, StoreObjectIdentifier table, Column[] columns, int rowCount)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder();
        text.Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = $"p{row}_{column}";
                text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[column].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, nullable: true));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    private static async Task<int> ExecuteAsync<T>(DbCommand command, Column[] columns, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var index = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var value = column.Read(row);
                if (value is not null && column.Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                command.Parameters[index++].Value = value ?? DBNull.Value;
            }
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Func<object, object?> ValueReader<T>(IProperty property)
        where T : class
    {
        if (typeof(IReadOnlyDictionary<string, object>).IsAssignableFrom(typeof(T)))
        {
            return row => ((IReadOnlyDictionary<string, object>)row).TryGetValue(property.Name, out var value) ? value : null;
        }

        var info = property.PropertyInfo
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no CLR property to read.");
        var parameter = Expression.Parameter(typeof(object), "row");
        var member = Expression.Property(Expression.Convert(parameter, info.DeclaringType!), info);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), parameter).Compile();
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, Func<object, object?> Read);
}
