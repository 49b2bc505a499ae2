using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.RateLimiting;

/// <summary>The demo organisation allows 5 requests per second.</summary>
public sealed class AtomicQuotaHost : ClockedApiHost
{
    public const int DemoLimit = 5;

    protected override async Task ArrangeAsync(AdminPortalDbContext db)
    {
        var demo = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Id == DemoOrganisationId);
        demo.ApiRateLimitPerSecond = DemoLimit;
        await db.SaveChangesAsync();
    }
}

/// <summary>An atomic request counts against the organisation's rate limit once per operation.</summary>
public sealed class AtomicOperationsQuotaTests(AtomicQuotaHost host) : IClassFixture<AtomicQuotaHost>
{
    private const string Atomic = "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"";

    [Fact]
    public async Task Batch_uses_up_the_second_by_its_operations()
    {
        // Arrange: a fresh window
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        host.NextWindow();

        // Act: 5 operations fill the organisation's 5 requests of this second
        var batch = await admin.SendAsync(Batch(AtomicQuotaHost.DemoLimit, "Quota"));
        var next = await admin.GetAsync("/api/user_statuses");

        // Assert: the batch did not count as one request
        batch.StatusCode.ShouldBe(HttpStatusCode.OK, await batch.Content.ReadAsStringAsync());
        await next.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Batch_over_the_remaining_quota_answers_429_and_changes_nothing()
    {
        // Arrange: 3 of the 5 requests of this second used
        var admin = await host.ClientForAsync(ApiHost.TarkinEmail);
        host.NextWindow();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => admin.GetAsync("/api/user_statuses")));

        // Act: the limiter admits the request (4th), its 3 operations need 2 more
        var response = await admin.SendAsync(Batch(3, "Refused"));

        // Assert
        var error = await response.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
        error["detail"]!.GetValue<string>().ShouldContain("3 operations");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().CountAsync(t => t.Name.StartsWith("Refused")))).ShouldBe(0);
    }

    [Fact]
    public async Task Batch_larger_than_a_second_of_quota_answers_413_and_changes_nothing()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        host.NextWindow();

        var response = await admin.SendAsync(Batch(AtomicQuotaHost.DemoLimit + 1, "Too big"));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge);
        error["detail"]!.GetValue<string>().ShouldContain($"at most {AtomicQuotaHost.DemoLimit}");
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().CountAsync(t => t.Name.StartsWith("Too big")))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_organisation_keeps_its_own_quota()
    {
        var demo = await host.ClientForAsync(ApiHost.Trooper1Email);
        var rebels = await host.ClientForAsync(ApiHost.LeiaEmail);
        host.NextWindow();

        await Task.WhenAll(Enumerable.Range(0, AtomicQuotaHost.DemoLimit + 2).Select(_ => demo.GetAsync("/api/user_statuses")));
        var rebelRead = await rebels.GetAsync("/api/user_statuses");

        rebelRead.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static HttpRequestMessage Batch(int operations, string prefix)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/operations")
        {
            Content = HttpJson.Json(new JsonObject
            {
                ["atomic:operations"] = new JsonArray([.. Enumerable.Range(0, operations).Select(index => (JsonNode)new JsonObject
                {
                    ["op"] = "add",
                    ["data"] = new JsonObject { ["type"] = "Team", ["attributes"] = new JsonObject { ["name"] = $"{prefix} {index} {Guid.NewGuid():N}" } },
                })]),
            }.ToJsonString(), Atomic),
        };
        request.Headers.Accept.ParseAdd(Atomic);
        return request;
    }
}
