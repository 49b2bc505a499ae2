using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Tenancy;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using QueuesPage = AdminPortal.Web.Components.Pages.Queues.Queues;

namespace AdminPortal.Web.Tests.Portal.Queues;

/// <summary>The wallboard at <c>/queues</c> on real queue data: tiles, ticking waits, thresholds, live updates from the intake.</summary>
public sealed class QueuesTests(PortalDatabase database) : BunitTest(database)
{
    private async Task<IntakeResult> ReportAsync(IntakeEvent e)
    {
        await using var scope = Context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Data.OrganisationId);
        return await scope.ServiceProvider.GetRequiredService<IContactIntake>().RecordAsync(Actor.System(Data.OrganisationId), e);
    }

    private static IntakeEvent Call(string id, ContactEventType type) => new(ContactKind.Call, id, type);

    [Fact]
    public async Task A_call_reported_through_the_intake_appears_on_its_tile_at_once()
    {
        var menu = await Data.AddMenuAsync("Carpentry");
        var agent = await Data.AddAgentAsync("Storm", "Trooper");
        await Data.AssignAgentAsync(menu, agent);
        var (_, page) = RenderPage<QueuesPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Nobody is waiting"));

        await ReportAsync(Call("c-1", ContactEventType.Queued) with { MenuId = menu.Id });

        page.WaitForAssertion(() =>
        {
            var tile = page.Find("[data-queue]");
            tile.GetAttribute("aria-label").ShouldBe("Carpentry (Calls, en)");
            tile.QuerySelector("[data-testid='waiting']")!.TextContent.ShouldBe("1");
            tile.QuerySelector("[data-testid='oldest']")!.TextContent.ShouldBe("0:00");
            tile.QuerySelector("[data-testid='available']")!.TextContent.ShouldBe("1");
        }, TimeSpan.FromSeconds(1));

        await ReportAsync(Call("c-1", ContactEventType.Connected) with { AgentId = agent.Id });

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='waiting']").TextContent.ShouldBe("0");
            page.Find("[data-testid='on-call']").TextContent.ShouldBe("1");
            page.Find("[data-testid='sla-15']").TextContent.ShouldBe("100%");
        }, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_oldest_wait_ticks_and_the_tile_turns_amber_then_red()
    {
        var menu = await Data.AddMenuAsync("Cabinetry");
        await Data.AssignAgentAsync(menu, await Data.AddAgentAsync("Storm", "Trooper"));
        await ReportAsync(Call("c-1", ContactEventType.Queued) with { MenuId = menu.Id });
        var (_, page) = RenderPage<QueuesPage>();
        page.WaitForAssertion(() => page.Find("[data-queue]").GetAttribute("data-level").ShouldBe("ok"));

        Clock.Advance(TimeSpan.FromSeconds(25));

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='oldest']").TextContent.ShouldBe("0:25");
            page.Find("[data-queue]").GetAttribute("data-level").ShouldBe("warning");
        });

        Clock.Advance(TimeSpan.FromSeconds(20));

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid='oldest']").TextContent.ShouldBe("0:45");
            page.Find("[data-queue]").GetAttribute("data-level").ShouldBe("critical");
        });
    }

    [Fact]
    public async Task Quiet_queues_show_only_when_asked_and_channels_filter_the_tiles()
    {
        var menu = await Data.AddMenuAsync("Premium");
        var chats = await Data.AddMenuAsync("Web chat");
        var agent = await Data.AddAgentAsync("Storm", "Trooper");
        await Data.AssignAgentAsync(menu, agent);
        await ReportAsync(new IntakeEvent(ContactKind.Chat, "h-1", ContactEventType.Queued) { MenuId = chats.Id });

        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/queues?channel=call&idle=true");
        var (_, page) = RenderPage<QueuesPage>();

        page.WaitForAssertion(() =>
        {
            var tile = page.Find("[data-queue]");
            tile.GetAttribute("aria-label").ShouldBe("Premium (Calls, en)");
            tile.GetAttribute("data-level").ShouldBe("idle");
            page.FindAll("[data-queue]").Count.ShouldBe(1);
        });
    }
}
