using System.Net;
using AdminPortal.Web.Api.RateLimiting;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.MultiHost;

/// <summary>One organisation's quota holds for both hosts together: its windows are counted in the database.</summary>
public sealed class RateLimitAcrossHostsTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private const int Limit = 5;

    [PostgresFact]
    public async Task The_rate_limit_holds_for_the_two_hosts_together()
    {
        var rebels = hosts.A.RebelOrganisationId;
        await hosts.A.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == rebels)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, Limit)));
        hosts.A.Services.GetRequiredService<OrganisationQuotas>().Forget(rebels);
        hosts.B.Services.GetRequiredService<OrganisationQuotas>().Forget(rebels);
        var token = await hosts.A.TokenForAsync(ApiHost.LeiaEmail);
        var onA = hosts.A.WithToken(token);
        var onB = hosts.ClientOfB(token);

        var burst = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => (i % 2 == 0 ? onA : onB).GetAsync("/api/v1/agent_statuses")));

        var passed = burst.Count(r => r.StatusCode == HttpStatusCode.OK);
        var windows = await hosts.A.QueryAsync(db => db.RateWindows.Where(w => w.OrganisationId == rebels).Select(w => w.Count).ToListAsync());
        windows.ShouldAllBe(count => count <= Limit);
        windows.Sum().ShouldBe(passed);
        passed.ShouldBeGreaterThanOrEqualTo(Limit);
        var throttled = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        throttled.Count.ShouldBe(burst.Length - passed);
        throttled.ShouldAllBe(r => r.Headers.RetryAfter != null);
    }
}
