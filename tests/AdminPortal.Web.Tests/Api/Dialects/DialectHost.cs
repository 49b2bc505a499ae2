using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Tenancy;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Hosting;

namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>
/// The API host with an organisation credential for each organisation, used as the seed dialects' integrations use
/// them: HTTP Basic with the organisation's subdomain and the credential's secret (seed 004).
/// </summary>
public class DialectHost : ApiHost
{
    public DialectHost()
    {
    }

    protected DialectHost(AdminPortalHostOptions options)
        : base(options)
    {
    }

    public CreatedApiCredential DemoCredential { get; private set; } = null!;
    public CreatedApiCredential RebelCredential { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        DemoCredential = await CredentialAsync(AdminEmail, "Empire integration", ApiCredentialKind.Organisation);
        RebelCredential = await CredentialAsync(LeiaEmail, "Rebel integration", ApiCredentialKind.Organisation);
    }

    /// <summary>The demo organisation's integration: Basic <c>deathstar:secret</c>.</summary>
    public HttpClient Manager() => Basic(AdminPortal.Domain.Demo.DemoCast.Subdomain, DemoCredential.Secret);

    /// <summary>The other organisation's integration: Basic <c>rebels:secret</c>.</summary>
    public HttpClient Rebels() => Basic("rebels", RebelCredential.Secret);

    public HttpClient Basic(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }

    /// <summary>A credential created by <paramref name="adminEmail"/> in that admin's organisation (for kind agent, acting as <paramref name="agentEmail"/>).</summary>
    public async Task<CreatedApiCredential> CredentialAsync(string adminEmail, string name, ApiCredentialKind kind, string? agentEmail = null)
    {
        var admin = await AgentAsync(adminEmail);
        var agentId = agentEmail is null ? (Guid?)null : (await AgentAsync(agentEmail)).Id;
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(admin.OrganisationId);
        return await scope.ServiceProvider.GetRequiredService<IApiCredentialService>()
            .CreateAsync(new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin), new ApiCredentialRequest(name, kind, agentId));
    }
}
