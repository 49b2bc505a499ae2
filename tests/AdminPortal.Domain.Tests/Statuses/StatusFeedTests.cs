using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdminPortal.Domain.Tests.Statuses;

public sealed class StatusFeedTests
{
    private static readonly Guid _organisation = Guid.NewGuid();

    private static AgentStatusChanged Change(Guid organisationId) =>
        new(organisationId, Guid.NewGuid(), "Darth Vader", Guid.NewGuid(), "Break", "yellow", StatusCategory.Away, StatusSource.Api, DateTime.UtcNow);

    [Fact]
    public async Task Failing_subscribers_do_not_stop_the_others()
    {
        var feed = new StatusFeed(NullLogger<StatusFeed>.Instance);
        var received = new TaskCompletionSource<AgentStatusChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var throwsAtOnce = feed.Subscribe(_organisation, _ => throw new InvalidOperationException("broken page"));
        using var throwsLater = feed.Subscribe(_organisation, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("broken circuit");
        });
        using var healthy = feed.Subscribe(_organisation, change =>
        {
            received.TrySetResult(change);
            return Task.CompletedTask;
        });
        var change = Change(_organisation);

        Should.NotThrow(() => feed.Publish(change));

        (await received.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(change);
    }

    [Fact]
    public async Task Subscribers_receive_only_their_organisation_until_they_unsubscribe()
    {
        var feed = new StatusFeed(NullLogger<StatusFeed>.Instance);
        var received = new List<AgentStatusChanged>();
        var subscription = feed.Subscribe(_organisation, change =>
        {
            lock (received)
            {
                received.Add(change);
            }

            return Task.CompletedTask;
        });
        var mine = Change(_organisation);

        feed.Publish(Change(Guid.NewGuid()));
        feed.Publish(mine);
        subscription.Dispose();
        feed.Publish(Change(_organisation));
        await Task.Delay(100);

        lock (received)
        {
            received.ShouldBe([mine]);
        }
    }
}
