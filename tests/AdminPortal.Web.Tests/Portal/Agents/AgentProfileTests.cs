using AdminPortal.Domain.Entities;
using AdminPortal.Web.Components.Pages.Agents.Profile;
using AdminPortal.Web.Portal;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdminPortal.Web.Tests.Portal.Agents;

/// <summary>/agents/{id}: details, teams, queues with skills, time in each status per day with occupancy; admins deactivate, reactivate and reset the password.</summary>
public sealed class AgentProfileTests : BunitTest
{
    public AgentProfileTests(PortalDatabase database)
        : base(database) => Context.Services.TryAddScoped<ViewerTime>();

    [Fact]
    public async Task Shows_teams_queues_with_skills_and_time_in_status_per_day_with_occupancy()
    {
        var vader = await Data.AddAgentAsync("Darth", "Vader", "In-call");
        var command = await Data.AddTeamAsync("Imperial Command", null, vader);
        var deathStar = await Data.AddMenuAsync("Death Star");
        var hotline = await Data.AddMenuAsync("Emperor's Hotline");
        await Data.AssignAgentAsync(deathStar, vader, skill: 9);
        await Data.AssignTeamAsync(hotline, command, lang: "es", channel: "chat");
        var yesterday = Data.Now.Date.AddDays(-1);
        await Data.AddActivityAsync(vader, Activities.Login, yesterday.AddHours(8), TimeSpan.FromHours(1), "Available");
        await Data.AddActivityAsync(vader, Activities.UserStatusChanged, yesterday.AddHours(9), TimeSpan.FromMinutes(30), "In-call");
        await Data.AddActivityAsync(vader, Activities.UserStatusChanged, yesterday.AddHours(9.5), TimeSpan.FromMinutes(30), "Wrap-up");
        await Data.AddActivityAsync(vader, Activities.Logout, yesterday.AddHours(10), TimeSpan.FromHours(22), "Offline");

        var (_, page) = RenderPage<AgentProfilePage>(Route(vader.Id));

        page.WaitForAssertion(() =>
        {
            page.Find("h1").TextContent.ShouldBe("Darth Vader");
            page.Find(".profile-status").TextContent.ShouldBe("In-call");
            page.Find(".profile-teams").TextContent.ShouldContain("Imperial Command");
            var queues = page.FindAll(".profile-queues tbody tr").Select(r => r.TextContent).ToList();
            queues.Count.ShouldBe(2);
            queues[0].ShouldContain("Death Star");
            queues[0].ShouldContain("9");
            queues[0].ShouldContain("Direct");
            queues[1].ShouldContain("Spanish");
            queues[1].ShouldContain("Chat");
            queues[1].ShouldContain("Team Imperial Command");
            var day = page.Find($".occupancy tr[data-day='{yesterday:yyyy-MM-dd}']");
            day.TextContent.ShouldContain("1h 00m");
            day.TextContent.ShouldContain("30m 00s");
            day.QuerySelector(".occupancy-value")!.TextContent.ShouldBe("50%");
            page.Find(".occupancy thead").TextContent.ShouldContain("Wrap-up");
        });
    }

    [Fact]
    public async Task An_admin_deactivates_after_confirming_and_can_reactivate()
    {
        var trooper = await Data.AddAgentAsync("Storm", "Trooper");
        var (host, page) = RenderPage<AgentProfilePage>(Route(trooper.Id));
        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Storm Trooper"));

        _ = page.FindAll("button").Single(b => b.TextContent.Trim() == "Deactivate").ClickAsync();
        host.WaitForAssertion(() => host.Find(".mud-message-box").TextContent.ShouldContain("can no longer sign in"));
        await host.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == "Deactivate").ClickAsync();

        page.WaitForAssertion(() =>
        {
            page.Find(".profile-deactivated").TextContent.ShouldStartWith("Deactivated");
            page.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Reactivate");
        });
        Calls.All.ShouldContain($"Change {trooper.Id} log out Admin");
        Snackbars.ShouldContain("Storm Trooper is deactivated");
        (await DeactivatedAtAsync(trooper)).ShouldBe(Data.Now);

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Reactivate").ClickAsync();

        page.WaitForAssertion(() => page.FindAll(".profile-deactivated").ShouldBeEmpty());
        (await DeactivatedAtAsync(trooper)).ShouldBeNull();
    }

    [Fact]
    public async Task An_admin_resets_a_password_and_sees_it_once()
    {
        var trooper = await Data.AddAgentAsync("Storm", "Trooper");
        var (_, page) = RenderPage<AgentProfilePage>(Route(trooper.Id));
        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Storm Trooper"));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Reset password").ClickAsync();
        await page.FindAll(".reset-password button").Single(b => b.TextContent.Trim() == "Set password").ClickAsync();

        page.WaitForAssertion(() => page.Find(".new-password input").GetAttribute("value")!.Length.ShouldBeGreaterThanOrEqualTo(8));
        Calls.All.ShouldContain($"SetPassword {trooper.Id}");
        Snackbars.ShouldContain("New password set for Storm Trooper");
    }

    [Fact]
    public async Task A_typed_password_that_is_too_short_is_explained_under_the_field()
    {
        var trooper = await Data.AddAgentAsync("Storm", "Trooper");
        var (_, page) = RenderPage<AgentProfilePage>(Route(trooper.Id));
        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Storm Trooper"));
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Reset password").ClickAsync();

        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRadioGroup<bool>>().Instance.ValueChanged.InvokeAsync(true));
        await page.FindAll(".reset-password button").Single(b => b.TextContent.Trim() == "Set password").ClickAsync();

        page.WaitForAssertion(() => page.Find(".reset-password").TextContent.ShouldContain("Type the new password, or choose to generate one."));
        Calls.All.ShouldNotContain(c => c.StartsWith("SetPassword", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Supervisors_see_the_profile_without_account_actions()
    {
        SignInAs(await Data.AddAgentAsync("Moff", "Tarkin", role: AgentRole.Supervisor));
        var trooper = await Data.AddAgentAsync("Storm", "Trooper");

        var (_, page) = RenderPage<AgentProfilePage>(Route(trooper.Id));

        page.WaitForAssertion(() =>
        {
            page.Find("h1").TextContent.ShouldBe("Storm Trooper");
            var buttons = page.FindAll("button, a").Select(b => b.TextContent.Trim()).ToList();
            buttons.ShouldContain("Audit trail");
            buttons.ShouldNotContain("Deactivate");
            buttons.ShouldNotContain("Reset password");
        });
    }

    [Fact]
    public void An_unknown_agent_says_so()
    {
        var (_, page) = RenderPage<AgentProfilePage>(Route(Guid.NewGuid()));

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Agent not found"));
    }

    private static Dictionary<string, object?> Route(Guid agentId) => new() { [nameof(AgentProfilePage.AgentId)] = agentId };

    private async Task<DateTime?> DeactivatedAtAsync(Agent agent)
    {
        await using var scope = Database.ActAs(Data.OrganisationId);
        return await scope.Db.Agents.Where(a => a.Id == agent.Id).Select(a => a.DeactivatedAt).SingleAsync();
    }
}
