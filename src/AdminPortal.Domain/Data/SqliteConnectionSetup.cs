using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Domain.Data;

/// <summary>
/// What every SQLite connection of the model gets: a busy timeout, so a writer waits (inside SQLite) for another connection's
/// write transaction instead of failing with <c>database is locked</c>; reads through a memory map of the database file
/// (<see cref="MemoryMapBytes"/>); one writer at a time per database in this process
/// (<see cref="SqliteWriteQueue"/>); and cancellation that interrupts a running statement
/// (<c>sqlite3_interrupt</c>): Microsoft.Data.Sqlite ignores cancellation once a statement runs, so a query of a request the
/// client abandoned would otherwise run to its end.
/// </summary>
public static class SqliteConnectionSetup
{
    public const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>
    /// How much of the database file a connection reads through a memory map (<c>PRAGMA mmap_size</c>) instead of a system
    /// call per page: a query that walks many pages (the <c>COUNT(*)</c> of an organisation's 856,319 activity-log rows for
    /// <c>meta.total</c>, 11,726 index pages) takes about half the time. The mapped pages are the operating system's file
    /// cache, shared by every connection, not memory of the process's own; writes still go through the write-ahead log.
    /// </summary>
    public const long MemoryMapBytes = 1L << 30;

    public static IInterceptor[] Interceptors { get; } = [new ConnectionPragmas(), new InterruptOnCancel(), .. SqliteWriteQueue.Interceptors];

    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA mmap_size = {MemoryMapBytes};";
            command.ExecuteNonQuery();
        }
    }

    private sealed class InterruptOnCancel : DbCommandInterceptor
    {
        private readonly ConditionalWeakTable<DbCommand, StrongBox<CancellationTokenRegistration>> _registrations = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Watch(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Watch(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Watch(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
            CancellationToken cancellationToken = default)
        {
            Release(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            Release(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            Release(command);
            return result;
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            Release(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Release(command);
            return result;
        }

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Release(command);
            return Task.CompletedTask;
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Release(command);
            return Task.CompletedTask;
        }

        /// <summary>Until the command's work ends, cancelling the token interrupts the connection's running statement.</summary>
        private void Watch(DbCommand command, CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection { Handle: { } handle })
            {
                return;
            }

            var registration = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
            _registrations.AddOrUpdate(command, new StrongBox<CancellationTokenRegistration>(registration));
        }

        /// <summary>Stops watching (waiting for an interrupt in progress) before the connection can go back to the pool.</summary>
        private void Release(DbCommand command)
        {
            if (_registrations.TryGetValue(command, out var box))
            {
                _registrations.Remove(command);
                box.Value.Dispose();
            }
        }
    }
}
