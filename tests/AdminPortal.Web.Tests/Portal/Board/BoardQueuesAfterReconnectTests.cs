using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Tenancy;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

using BoardPage = AdminPortal.Web.Components.Pages.Board.Board;
using QueuesPage = AdminPortal.Web.Components.Pages.Queues.Queues;

namespace AdminPortal.Web.Tests.Portal.Board;

/// <summary>
/// Queue events announced while the host's feed connection was down never reach its pages; once the feed listens again
/// (and says so), the queue tiles of the board and of the wallboard load again and show them.
/// </summary>
public sealed class BoardQueuesAfterReconnectTests : BunitTest
{
    private readonly DroppingQueueFeed _queueFeed = new();

    public BoardQueuesAfterReconnectTests(PortalDatabase database)
        : base(database) => Context.Services.AddSingleton<IQueueFeed>(_queueFeed);

    [Fact]
    public async Task The_board_queue_tiles_show_calls_queued_while_the_feed_was_down_once_it_listens_again()
    {
        var menu = await Data.AddMenuAsync("Carpentry");
        await ReportAsync(Call("c-1", menu));
        var (_, page) = RenderPage<BoardPage>();
        page.WaitForAssertion(() => page.Find(".board-queue").TextContent.ShouldContain("1 waiting"));

        _queueFeed.Dropping = true;
        await ReportAsync(Call("c-2", menu));
        var whileDown = page.Find(".board-queue").TextContent;
        _queueFeed.Dropping = false;
        Feed.ReportMissed();

        whileDown.ShouldContain("1 waiting");
        page.WaitForAssertion(() => page.Find(".board-queue").TextContent.ShouldContain("2 waiting"));
    }

    [Fact]
    public async Task The_wallboard_tiles_show_calls_queued_while_the_feed_was_down_once_it_listens_again()
    {
        var menu = await Data.AddMenuAsync("Carpentry");
        await ReportAsync(Call("c-1", menu));
        var (_, page) = RenderPage<QueuesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='waiting']").TextContent.ShouldBe("1"));

        _queueFeed.Dropping = true;
        await ReportAsync(Call("c-2", menu));
        var whileDown = page.Find("[data-testid='waiting']").TextContent;
        _queueFeed.Dropping = false;
        Feed.ReportMissed();

        whileDown.ShouldBe("1");
        page.WaitForAssertion(() => page.Find("[data-testid='waiting']").TextContent.ShouldBe("2"));
    }

    private static IntakeEvent Call(string id, Menu menu) => new(ContactKind.Call, id, ContactEventType.Queued) { MenuId = menu.Id };

    private async Task ReportAsync(IntakeEvent e)
    {
        await using var scope = Context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Data.OrganisationId);
        await scope.ServiceProvider.GetRequiredService<IContactIntake>().RecordAsync(Actor.System(Data.OrganisationId), e);
    }

    /// <summary>The host's queue feed, which loses what is published while <see cref="Dropping"/> (its connection is down).</summary>
    private sealed class DroppingQueueFeed : IQueueFeed
    {
        private readonly QueueFeed _inner = new(NullLogger<QueueFeed>.Instance);

        public volatile bool Dropping;

        public IDisposable Subscribe(Guid organisationId, Func<QueueChanged, Task> handler) => _inner.Subscribe(organisationId, handler);

        public void Publish(QueueChanged change)
        {
            if (!Dropping)
            {
                _inner.Publish(change);
            }
        }
    }
}
