using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tenancy;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using BoardPage = AdminPortal.Web.Components.Pages.Board.Board;
using WidgetPage = AdminPortal.Web.Components.Pages.Widget.Widget;

namespace AdminPortal.Web.Tests.Portal.Queues;

/// <summary>
/// Calls on the live board (per-queue counts, each agent's call and its duration) and in the widget (the call, the queued
/// next status, ending wrap-up), with the real status rules instead of the base's fake.
/// </summary>
public sealed class LiveQueuesOnBoardAndWidgetTests : BunitTest
{
    public LiveQueuesOnBoardAndWidgetTests(PortalDatabase database)
        : base(database)
    {
        var real = Context.Services.First(d => d.ServiceType == typeof(IStatusChangeService) && d.ImplementationType is not null);
        Context.Services.Add(real);
    }

    private async Task<IntakeResult> ReportAsync(IntakeEvent e)
    {
        await using var scope = Context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Data.OrganisationId);
        return await scope.ServiceProvider.GetRequiredService<IContactIntake>().RecordAsync(Actor.System(Data.OrganisationId), e);
    }

    private static IntakeEvent Call(string id, ContactEventType type) => new(ContactKind.Call, id, type);

    private async Task<string> StatusOfAsync(Agent agent)
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Db.Agents.Where(a => a.Id == agent.Id).Select(a => a.Status!.Name).SingleAsync();
    }

    [Fact]
    public async Task The_board_shows_waiting_calls_per_queue_and_the_call_each_agent_is_on()
    {
        var menu = await Data.AddMenuAsync("Carpentry");
        var vader = await Data.AddAgentAsync("Darth", "Vader");
        await Data.AssignAgentAsync(menu, vader);
        await ReportAsync(Call("c-1", ContactEventType.Queued) with { MenuId = menu.Id });
        var answered = await ReportAsync(Call("c-2", ContactEventType.Queued) with { MenuId = menu.Id });
        await ReportAsync(Call("c-2", ContactEventType.Connected) with { AgentId = vader.Id });
        Clock.Advance(TimeSpan.FromSeconds(75));

        var (_, page) = RenderPage<BoardPage>();

        page.WaitForAssertion(() =>
        {
            var queue = page.Find(".board-queue");
            queue.TextContent.ShouldContain("Carpentry · Calls en");
            queue.TextContent.ShouldContain("1 waiting");
            queue.TextContent.ShouldContain("oldest 1m 15s");
            page.Find("[data-status='In-call'] [data-testid='agent-work']").TextContent.ShouldContain($"Call {answered.NumericId} · 1m 15s");
        });

        await ReportAsync(Call("c-1", ContactEventType.Abandoned));

        page.WaitForAssertion(() => page.FindAll(".board-queue").ShouldBeEmpty());
    }

    [Fact]
    public async Task The_widget_shows_the_call_and_a_status_picked_during_it_waits_for_wrap_up()
    {
        var menu = await Data.AddMenuAsync("Carpentry");
        var agent = await Data.AddAgentAsync("Storm", "Trooper");
        SignInAs(agent);
        await ReportAsync(Call("c-1", ContactEventType.Queued) with { MenuId = menu.Id });
        var call = await ReportAsync(Call("c-1", ContactEventType.Connected) with { AgentId = agent.Id });
        var (_, page) = RenderPage<WidgetPage>();
        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='current-work']").TextContent.ShouldContain($"On call {call.NumericId}");
            page.Find("[data-testid='next-status']").TextContent.ShouldBe("Next: Available after this call");
        });

        await page.FindAll(".widget-status-button").Single(b => b.TextContent == "Break").ClickAsync();

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='next-status']").TextContent.ShouldBe("Next: Break after this call");
            page.Find("[data-testid='current-status']").TextContent.ShouldBe("In-call");
            page.FindAll(".mud-alert").ShouldBeEmpty();
        });

        await ReportAsync(Call("c-1", ContactEventType.Ended));

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='current-work']").TextContent.ShouldContain($"Wrap-up of call {call.NumericId}");
            page.Find("[data-testid='next-status']").TextContent.ShouldContain("Next: Break when wrap-up ends");
        });

        await page.Find("[data-testid='end-wrap-up']").ClickAsync();

        (await StatusOfAsync(agent)).ShouldBe("Break");
        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='current-status']").TextContent.ShouldBe("Break");
            page.FindAll("[data-testid='current-work']").ShouldBeEmpty();
            page.FindAll("[data-testid='next-status']").ShouldBeEmpty();
        });
    }
}
