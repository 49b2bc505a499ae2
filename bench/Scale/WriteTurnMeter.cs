using System.Diagnostics.Metrics;
using AdminPortal.Domain.Data;

namespace Scale;

/// <summary>
/// Listens to the host's SQLite write-turn meter (<see cref="SqliteWriteQueue.MeterName"/>) for one write phase: how many
/// write transactions took the turn, how long they held it (in sum, on average, at most) and how long they waited for it.
/// </summary>
public sealed class WriteTurnMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private (long Count, double Sum, double Max) _held;
    private (long Count, double Sum, double Max) _waited;

    public WriteTurnMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SqliteWriteQueue.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (_gate)
            {
                if (instrument.Name == SqliteWriteQueue.TurnHeld.Name)
                {
                    _held = (_held.Count + 1, _held.Sum + value, Math.Max(_held.Max, value));
                }
                else if (instrument.Name == SqliteWriteQueue.TurnWaited.Name)
                {
                    _waited = (_waited.Count + 1, _waited.Sum + value, Math.Max(_waited.Max, value));
                }
            }
        });
        _listener.Start();
    }

    /// <summary>One line for a phase of <paramref name="elapsed"/>, or null when no write took the turn (PostgreSQL).</summary>
    public string? Summary(TimeSpan elapsed)
    {
        lock (_gate)
        {
            return _held.Count == 0
                ? null
                : $"  write turn: {_held.Count} transactions held it {_held.Sum / elapsed.TotalMilliseconds:P0} of the time, " +
                  $"{_held.Sum / _held.Count:F2} ms each on average, {_held.Max:F1} ms at most; " +
                  $"waited {_waited.Sum / Math.Max(1, _waited.Count):F1} ms on average, {_waited.Max:F1} ms at most";
        }
    }

    public void Dispose() => _listener.Dispose();
}
