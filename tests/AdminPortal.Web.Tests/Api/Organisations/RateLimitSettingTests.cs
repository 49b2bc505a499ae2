using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Api.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Organisations;

/// <summary>A host of its own, on a clock the tests move: these tests change the demo organisation's rate limit.</summary>
public sealed class RateLimitSettingHost : ClockedApiHost;

/// <summary><c>PATCH /api/organisations/{id}</c> sets <c>api_rate_limit_per_second</c>, which the API applies from the next request.</summary>
public sealed class RateLimitSettingTests(RateLimitSettingHost host) : IClassFixture<RateLimitSettingHost>
{
    private static StringContent Limit(Guid organisationId, string value) => Json(
        $$"""{"data": {"type": "Organisation", "id": "{{organisationId}}", "attributes": {"api_rate_limit_per_second": {{value}}} } }""", JsonApiMediaType);

    [Fact]
    public async Task A_lowered_limit_applies_to_the_next_requests_whatever_they_sign_in_with()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);
        var credential = await host.CreateAsync("Counted");
        var integration = host.WithOrganisationCredential(credential);
        try
        {
            var patched = await admin.PatchAsync($"/api/organisations/{host.DemoOrganisationId}", Limit(host.DemoOrganisationId, "2"));
            (await patched.ShouldBeOkAsync())["data"]!["attributes"]!["api_rate_limit_per_second"]!.GetValue<int>().ShouldBe(2);
            host.NextWindow();

            var burst = await Task.WhenAll(
                Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? integration.GetAsync("/api/menus") : admin.GetAsync("/api/menus")));

            // six requests within one second: 2 pass, Basic and Bearer alike count
            burst.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(2);
            burst.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(4);
        }
        finally
        {
            await host.QueryAsync(db => db.Organisations.IgnoreQueryFilters()
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.ApiRateLimitPerSecond, ApiHost.GenerousRateLimit)));
            host.NextWindow();
            host.Services.GetRequiredService<AdminPortal.Web.Api.RateLimiting.OrganisationQuotas>().Forget(host.DemoOrganisationId);
        }
    }

    [Fact]
    public async Task Only_the_rate_limit_is_writable()
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PatchAsync($"/api/organisations/{host.DemoOrganisationId}", Json(
            $$"""{"data": {"type": "Organisation", "id": "{{host.DemoOrganisationId}}", "attributes": {"name": "Rebranded"} } }""", JsonApiMediaType));

        var error = await response.ShouldBeErrorAsync(response.StatusCode);
        ((int)response.StatusCode).ShouldBeInRange(400, 422);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/name");
        (await host.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == host.DemoOrganisationId).Select(o => o.Name).SingleAsync()))
            .ShouldBe("Death Star Contact Center");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    public async Task A_limit_out_of_range_is_refused_on_the_member(string value)
    {
        var admin = await host.ClientForAsync(ApiHost.AdminEmail);

        var response = await admin.PatchAsync($"/api/organisations/{host.DemoOrganisationId}", Limit(host.DemoOrganisationId, value));

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity);
        error["source"]!["pointer"]!.GetValue<string>().ShouldBe("/data/attributes/api_rate_limit_per_second");
    }

    [Fact]
    public async Task A_supervisor_may_not_change_it()
    {
        var tarkin = await host.ClientForAsync(ApiHost.TarkinEmail);

        var response = await tarkin.PatchAsync($"/api/organisations/{host.DemoOrganisationId}", Limit(host.DemoOrganisationId, "5"));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden);
    }
}
