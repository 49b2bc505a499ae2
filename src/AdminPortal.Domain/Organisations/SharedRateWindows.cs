using Npgsql;

namespace AdminPortal.Domain.Organisations;

/// <summary>
/// Per-organisation one-second windows counted in PostgreSQL (<see cref="Entities.RateWindow"/>), on the database's clock,
/// so every host draws on one quota. A take either fits the window's remaining room and is counted, or is refused and
/// counts nothing. Windows older than a minute are deleted now and then.
/// </summary>
public sealed class SharedRateWindows(NpgsqlDataSource dataSource, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CleanEvery = TimeSpan.FromSeconds(30);
    private long _nextClean;

    /// <summary>Whether <paramref name="permits"/> fit the organisation's current window; when not, how long until the next one.</summary>
    public async Task<RateWindowAnswer> TryTakeAsync(Guid organisationId, int permits, int perSecond, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await CleanIfDueAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            WITH now AS (SELECT clock_timestamp() AS at)
            INSERT INTO rate_windows AS w (organisation_id, window_start, count)
            SELECT @organisation, date_trunc('second', now.at), @permits FROM now
            ON CONFLICT (organisation_id, window_start) DO UPDATE SET count = w.count + excluded.count
            WHERE w.count + excluded.count <= @limit
            RETURNING w.count
            """, connection);
        command.Parameters.AddWithValue("organisation", organisationId);
        command.Parameters.AddWithValue("permits", permits);
        command.Parameters.AddWithValue("limit", perSecond);
        if (await command.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return RateWindowAnswer.Taken;
        }

        await using var wait = new NpgsqlCommand("SELECT 1 - extract(epoch FROM clock_timestamp() - date_trunc('second', clock_timestamp()))::float8", connection);
        var seconds = Convert.ToDouble(await wait.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new RateWindowAnswer(false, TimeSpan.FromSeconds(Math.Clamp(seconds, 0.001, 1)));
    }

    private async Task CleanIfDueAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        var due = Interlocked.Read(ref _nextClean);
        if (now < due || Interlocked.CompareExchange(ref _nextClean, now + (long)(CleanEvery.TotalSeconds * clock.TimestampFrequency), due) != due)
        {
            return;
        }

        await using var command = new NpgsqlCommand("DELETE FROM rate_windows WHERE window_start < clock_timestamp() - interval '1 minute'", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => dataSource.Dispose();
}

/// <summary>A take's answer: taken, or refused with the time until the organisation's next window.</summary>
public sealed record RateWindowAnswer(bool IsTaken, TimeSpan RetryAfter)
{
    public static readonly RateWindowAnswer Taken = new(true, TimeSpan.Zero);
}
