using System.Net;
using AdminPortal.Web.Api.Auth;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Tests.Api.Auth;

/// <summary>A host with an AzureAd section: Entra ID validates the bearer tokens; the host issues none of its own.</summary>
public sealed class EntraIdHost() : ApiHost(new Dictionary<string, string?>
{
    ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
    ["AzureAd:TenantId"] = TenantId,
    ["AzureAd:ClientId"] = ClientId,
})
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "66666666-7777-8888-9999-000000000000";
}

public sealed class EntraIdConfigurationTests(EntraIdHost host) : IClassFixture<EntraIdHost>
{
    [Fact]
    public void Bearer_tokens_are_validated_against_the_configured_tenant()
    {
        var options = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(ApiAuthentication.Scheme);

        options.Authority.ShouldNotBeNull();
        options.Authority.ShouldContain(EntraIdHost.TenantId);
        options.MapInboundClaims.ShouldBeFalse();
    }

    [Fact]
    public async Task Host_issues_no_tokens_of_its_own()
    {
        var response = await host.CreateClient().PostAsync("/api/auth/token",
            HttpJson.Json($$"""{"email": "{{ApiHost.VaderEmail}}", "password": "{{ApiHost.Password}}"}"""));

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }
}
