using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.RateLimiting;

/// <summary>The demo organisation allows 3 requests per second; the Rebel Alliance keeps the default 10.</summary>
public sealed class RateLimitedHost : ClockedApiHost
{
    public const int DemoLimit = 3;

    protected override async Task ArrangeAsync(AdminPortalDbContext db)
    {
        var demo = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Id == DemoOrganisationId);
        demo.ApiRateLimitPerSecond = DemoLimit;
        var rebels = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Id == RebelOrganisationId);
        rebels.ApiRateLimitPerSecond = AdminPortal.Domain.Entities.Organisation.DefaultApiRateLimitPerSecond;
        await db.SaveChangesAsync();
    }
}

public sealed class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task Quota_of_the_organisation_holds_and_another_organisation_is_unaffected()
    {
        var demo = await host.ClientForAsync(ApiHost.AdminEmail);
        var rebels = await host.ClientForAsync(ApiHost.LeiaEmail);
        host.NextWindow();

        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => demo.GetAsync("/api/v1/agent_statuses")));
        var rebelsMeanwhile = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => rebels.GetAsync("/api/v1/agent_statuses")));

        // 12 requests within one second: 3 pass
        burst.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(RateLimitedHost.DemoLimit);
        burst.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(12 - RateLimitedHost.DemoLimit);
        rebelsMeanwhile.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Throttled_request_says_when_to_retry_with_an_error_object()
    {
        var demo = await host.ClientForAsync(ApiHost.VaderEmail);
        host.NextWindow();

        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => demo.GetAsync("/api/v1/agent_statuses")));

        // half a second of the window is left: retry after one (whole) second
        var throttled = burst.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await throttled.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter.ShouldNotBeNull();
        throttled.Headers.RetryAfter.Delta.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Quota_comes_back_after_the_window()
    {
        var demo = await host.ClientForAsync(ApiHost.TarkinEmail);
        host.NextWindow();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => demo.GetAsync("/api/v1/agent_statuses")));
        var sameSecond = await demo.GetAsync("/api/v1/agent_statuses");

        host.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var response = await demo.GetAsync("/api/v1/agent_statuses");

        sameSecond.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
