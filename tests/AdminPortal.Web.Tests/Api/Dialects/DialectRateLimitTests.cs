using System.Net;
using AdminPortal.Domain.Data;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>The demo organisation allows 3 requests per second, counted over every API and dialect route together.</summary>
public sealed class RateLimitedDialectHost : DialectHost
{
    public const int DemoLimit = 3;

    protected override async Task ArrangeAsync(AdminPortalDbContext db) =>
        await db.Organisations.IgnoreQueryFilters().Where(o => o.Id == DemoOrganisationId).ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, DemoLimit));
}

public sealed class DialectRateLimitTests(RateLimitedDialectHost host) : IClassFixture<RateLimitedDialectHost>
{
    [Fact]
    public async Task One_quota_covers_every_dialect_and_the_api_and_over_it_answers_429_in_the_dialects_body()
    {
        var manager = host.Manager();
        var token = await host.ClientForAsync(ApiHost.AdminEmail);
        string[] routes = ["/manager/api/v1/agents?per=1", "/apps/api/v1/teams/tree", "/apps/api/v1/agent_statuses?agent_ids[]=11", "/api/user_statuses"];

        var burst = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? manager : token).GetAsync(routes[i % routes.Length])));
        var rebels = await host.Rebels().GetAsync("/manager/api/v1/agents");

        // 16 requests within one or two one-second windows: at most 2 × 3 pass, whatever route and sign-in they use
        burst.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBeLessThanOrEqualTo(2 * RateLimitedDialectHost.DemoLimit);
        burst.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(16 - (2 * RateLimitedDialectHost.DemoLimit));
        var throttled = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests && r.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/manager", StringComparison.Ordinal)).ToList();
        throttled.ShouldNotBeEmpty();
        foreach (var response in throttled)
        {
            (await response.ShouldBeMessageAsync(HttpStatusCode.TooManyRequests)).ShouldStartWith("The organisation's rate limit was exceeded; retry after");
            response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 2);
        }

        rebels.StatusCode.ShouldBe(HttpStatusCode.OK, "another organisation has its own quota");
    }
}
