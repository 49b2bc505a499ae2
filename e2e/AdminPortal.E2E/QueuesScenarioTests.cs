using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Demo;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;
using AdminPortal.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.E2E;

/// <summary>The wallboard at 1920×1080 in Chromium while a phone system reports calls through the intake API.</summary>
[Collection(PortalCollection.Name)]
public sealed class QueuesScenarioTests(PortalFixture fixture)
{
    [Fact]
    public async Task The_wallboard_shows_a_reported_call_within_a_second_and_reads_from_across_a_room()
    {
        var (organisationId, admin) = await DemoAsync();
        await ArrangeTrafficAsync(organisationId);
        await using var context = await fixture.NewContextAsync(1920, 1080);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(TestSecrets.AdminEmail, TestSecrets.AdminPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var queues = new QueuesPage(page);
        await queues.GotoAsync();
        var deathStar = queues.Tile("Death Star (Calls, en)");
        await Assertions.Expect(QueuesPage.Waiting(deathStar)).ToHaveTextAsync("1");
        using var phone = await PhoneSystemAsync(organisationId, admin);

        var watch = Stopwatch.StartNew();
        (await phone.PostAsync("/api/intake/calls/PH-1/events", Json("""{"type": "queued", "menu_id": 1693}"""))).EnsureSuccessStatusCode();
        await Assertions.Expect(QueuesPage.Waiting(deathStar)).ToHaveTextAsync("2", new LocatorAssertionsToHaveTextOptions { Timeout = 1000 });
        var shown = watch.Elapsed;
        (await phone.PostAsync("/api/intake/calls/PH-1/events", Json("""{"type": "connected", "agent_id": 19}"""))).EnsureSuccessStatusCode();
        await Assertions.Expect(QueuesPage.Waiting(deathStar)).ToHaveTextAsync("1", new LocatorAssertionsToHaveTextOptions { Timeout = 1000 });

        shown.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        await Assertions.Expect(deathStar.GetByTestId("on-call")).ToHaveTextAsync("1");
        await Assertions.Expect(queues.Tile("Premium Support (Calls, en)")).ToHaveAttributeAsync("data-level", "critical");
        var size = await QueuesPage.Waiting(deathStar).EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        size.ShouldBeGreaterThanOrEqualTo(64);
        await Screenshots.TakeAsync(page, fixture, "queues");
    }

    private async Task<(Guid OrganisationId, Agent Admin)> DemoAsync()
    {
        await using var scope = fixture.Host.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var organisationId = await db.Organisations.IgnoreQueryFilters().Where(o => o.Subdomain == DemoCast.Subdomain).Select(o => o.Id).SingleAsync();
        return (organisationId, await fixture.AgentAsync(TestSecrets.AdminEmail));
    }

    /// <summary>An hour of answered and abandoned calls and a few waiting ones, reported straight to the intake service.</summary>
    private async Task ArrangeTrafficAsync(Guid organisationId)
    {
        await using var scope = fixture.Host.ActAs(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<AdminPortalDbContext>();
        var intake = scope.ServiceProvider.GetRequiredService<IContactIntake>();
        var menus = await db.Menus.ToDictionaryAsync(m => m.Name, m => m.Id);
        var vader = (await fixture.AgentAsync(DemoCast.DarthVaderEmail)).Id;
        var system = Actor.System(organisationId);
        var now = DateTime.UtcNow;
        async Task SendAsync(string id, ContactEventType type, DateTime at, Guid? menu = null, Guid? agent = null, ContactKind kind = ContactKind.Call) =>
            await intake.RecordAsync(system, new IntakeEvent(kind, id, type) { OccurredAt = at, MenuId = menu, AgentId = agent });

        for (var i = 0; i < 6; i++)
        {
            var at = now.AddMinutes(-50 + (i * 8));
            await SendAsync($"E2E-A{i}", ContactEventType.Queued, at, menus["Death Star"]);
            await SendAsync($"E2E-A{i}", ContactEventType.Connected, at.AddSeconds(8 + (i * 4)), agent: vader);
            await SendAsync($"E2E-A{i}", ContactEventType.Ended, at.AddSeconds(120));
            await SendAsync($"E2E-A{i}", ContactEventType.WrapUpEnded, at.AddSeconds(125));
        }

        await SendAsync("E2E-B1", ContactEventType.Queued, now.AddMinutes(-9), menus["Premium Support"]);
        await SendAsync("E2E-B1", ContactEventType.Abandoned, now.AddMinutes(-8));
        await SendAsync("E2E-W1", ContactEventType.Queued, now.AddSeconds(-12), menus["Death Star"]);
        await SendAsync("E2E-W2", ContactEventType.Queued, now.AddSeconds(-95), menus["Premium Support"]);
        await SendAsync("E2E-C1", ContactEventType.Queued, now.AddSeconds(-30), menus["Carpentry"], kind: ContactKind.Chat);
    }

    private async Task<HttpClient> PhoneSystemAsync(Guid organisationId, Agent admin)
    {
        await using var scope = fixture.Host.ActAs(organisationId);
        var credential = await scope.ServiceProvider.GetRequiredService<IApiCredentialService>()
            .CreateAsync(new Actor(organisationId, admin.Id, AgentRole.Admin), new("Phone system", ApiCredentialKind.Organisation, null));
        var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoCast.Subdomain}:{credential.Secret}")));
        return client;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
