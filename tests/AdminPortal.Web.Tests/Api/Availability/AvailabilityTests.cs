using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Availability;

/// <summary>Seed 003: <c>PUT /api/v1/agents/me/availability</c>.</summary>
public sealed class AvailabilityTests(ApiHost host) : IClassFixture<ApiHost>
{
    private async Task<HttpResponseMessage> SetAsync(string email, string status)
    {
        var client = await host.ClientForAsync(email);
        return await client.PutAsync("/api/v1/agents/me/availability", Json($$"""{"status": "{{status}}"}"""));
    }

    [Theory]
    [InlineData("busy", "Special Task", "busy")]
    [InlineData("away", "Unavailable", "away")]
    [InlineData("available", "Available", "online")]
    [InlineData("BUSY", "Special Task", "busy")]
    public async Task Can_set_own_availability(string availability, string expectedStatus, string expectedAvailability)
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, availability == "available" ? "Break" : "Available");
        var trooper = await host.AgentAsync(ApiHost.Trooper1Email);

        var response = await SetAsync(ApiHost.Trooper1Email, availability);

        var body = await response.ShouldBeOkAsync();
        body["status"]!.GetValue<string>().ShouldBe("success");
        var data = body["data"]!;
        data["id"]!.GetValue<long>().ShouldBe(trooper.NumericId);
        data["first_name"]!.GetValue<string>().ShouldBe("Storm");
        data["last_name"]!.GetValue<string>().ShouldBe("Trooper 1");
        data["email"]!.GetValue<string>().ShouldBe(ApiHost.Trooper1Email);
        data["type"]!.GetValue<string>().ShouldBe("agent");
        data["availability_status"]!.GetValue<string>().ShouldBe(expectedAvailability);
        data["enabled"]!.GetValue<bool>().ShouldBeTrue();
        data["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["agent"]);
        data["teams"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ShouldContain("Storm Troopers");
        data["created_at"]!.GetValue<string>().ShouldEndWith("Z");
        DateTime.Parse(data["updated_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-1).ToLocalTime());
        (await host.StatusOfAsync(ApiHost.Trooper1Email)).ShouldBe(expectedStatus);
    }

    [Fact]
    public async Task Answers_every_member_of_the_seed_agent()
    {
        await host.PutInStatusAsync(ApiHost.Trooper1Email, "Break");

        var response = await SetAsync(ApiHost.Trooper1Email, "available");

        var data = (await response.ShouldBeOkAsync())["data"]!.AsObject();
        data.Select(m => m.Key).Order().ShouldBe(new[]
        {
            "id", "created_at", "updated_at", "first_name", "last_name", "email", "type", "availability_status",
            "phone_number_country_code", "phone_number", "avatar_url", "enabled", "last_active_at", "last_login_at", "roles",
            "permissions", "custom_attributes", "teams", "api_key", "api_key_last_used_at",
        }.Order());
        data["api_key"].ShouldBeNull();
        data["custom_attributes"]!.AsObject().ShouldBeEmpty();
        data["teams"]![0]!.AsObject().Select(m => m.Key).Order().ShouldBe(["emoji", "id", "name"]);
        data["teams"]!.AsArray().Select(t => t!["id"]!.GetValue<long>()).ShouldContain(10, "Storm Troopers, by its numeric id");
    }

    [Fact]
    public async Task Going_offline_is_a_logout_and_coming_back_a_login()
    {
        await host.PutInStatusAsync(ApiHost.Trooper5Email, "Available");
        var trooper = await host.AgentAsync(ApiHost.Trooper5Email);

        var offline = await SetAsync(ApiHost.Trooper5Email, "offline");
        (await offline.ShouldBeOkAsync())["data"]!["availability_status"]!.GetValue<string>().ShouldBe("offline");
        (await host.StatusOfAsync(ApiHost.Trooper5Email)).ShouldBe("Offline");

        var back = await SetAsync(ApiHost.Trooper5Email, "available");
        (await back.ShouldBeOkAsync())["data"]!["availability_status"]!.GetValue<string>().ShouldBe("online");
        (await host.StatusOfAsync(ApiHost.Trooper5Email)).ShouldBe("Available");

        var activities = await host.QueryAsync(db => db.AgentActivityLogs.IgnoreQueryFilters()
            .Where(l => l.AgentId == trooper.Id).OrderByDescending(l => l.StartedAt).Select(l => l.Activity).Take(2).ToListAsync());
        activities.ShouldBe(["login", "logout"]);
    }

    [Fact]
    public async Task Cannot_leave_a_system_status()
    {
        await host.PutInStatusAsync(ApiHost.CraigEmail, "In-call");

        var response = await SetAsync(ApiHost.CraigEmail, "away");

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldBe("Agent can't be changed from system status 'In-call'");
    }

    [Theory]
    [InlineData("napping")]
    [InlineData("")]
    [InlineData("online")]
    public async Task Unknown_availability_lists_the_allowed_values(string availability)
    {
        var response = await SetAsync(ApiHost.Trooper1Email, availability);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        error["detail"]!.GetValue<string>().ShouldContain("available, busy, away, offline");
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/status");
    }
}
