using System.Text.Json;
using AdminPortal.Domain.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AdminPortal.Domain.Statuses.Feed;

/// <summary>
/// Listens on the channels of <see cref="PostgresFeedAnnouncer"/> with a connection of its own and hands every committed
/// status change to this host's <see cref="IStatusFeed"/>, every queue event to its <see cref="IQueueFeed"/>. When the connection drops it reconnects (quickly at first, then every few
/// seconds) and, once listening again, tells every subscriber that changes may have been missed, so pages refresh once.
/// </summary>
public sealed class PostgresFeedListener(
    string connectionString, IStatusFeed feed, IQueueFeed queueFeed, ILogger<PostgresFeedListener> logger) : BackgroundService
{
    public const string ApplicationName = "AdminPortal status feed";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _listening;

    /// <summary>Whether the listening connection is up now (readiness).</summary>
    public bool IsListening => _listening;

    /// <summary>Completes once the host listens for the first time.</summary>
    public Task Listening => _firstListen.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = ApplicationName,
        };
        var retryDelay = TimeSpan.FromMilliseconds(100);
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ToString());
                connection.Notification += (_, notification) => Deliver(notification.Channel, notification.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresFeedAnnouncer.StatusChannel}; LISTEN {PostgresFeedAnnouncer.QueueChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening = true;
                _firstListen.TrySetResult();
                retryDelay = TimeSpan.FromMilliseconds(100);
                if (reconnecting)
                {
                    logger.LogInformation("The status feed listens again; pages refresh once");
                    feed.ReportMissed();
                }

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                _listening = false;
                reconnecting = true;
                logger.LogWarning(exception, "The status feed lost its PostgreSQL connection; reconnecting in {Delay} ms", retryDelay.TotalMilliseconds);
                await Task.Delay(retryDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private void Deliver(string channel, string payload)
    {
        try
        {
            if (channel == PostgresFeedAnnouncer.QueueChannel)
            {
                if (JsonSerializer.Deserialize<QueueChanged>(payload) is { } queue)
                {
                    queueFeed.Publish(queue);
                }
            }
            else if (JsonSerializer.Deserialize<AgentStatusChanged>(payload) is { } change)
            {
                feed.Publish(change);
            }
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "The status feed received a notification it cannot read");
        }
    }
}
