using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AdminPortal.Domain.Data;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Persistence;

/// <summary>
/// An operator sees how the SQLite database's one write turn is used (meter <c>AdminPortal.Sqlite</c>, e.g. with
/// <c>dotnet-counters</c>): each write transaction records how long it waited for the turn and how long it held it.
/// </summary>
public sealed class SqliteWriteTurnMeterTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task A_write_transaction_records_its_wait_for_the_turn_and_how_long_it_held_it()
    {
        var held = new ConcurrentBag<double>();
        var waited = new ConcurrentBag<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteWriteQueue.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            (instrument.Name == SqliteWriteQueue.TurnHeld.Name ? held : waited).Add(value));
        listener.Start();

        await using (var scope = database.CreateSystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(80));
            await transaction.CommitAsync();
        }

        held.ShouldContain(ms => ms >= 80, "the transaction held the turn from its BEGIN to its commit");
        waited.ShouldNotBeEmpty();
        waited.ShouldAllBe(ms => ms >= 0);
    }
}
