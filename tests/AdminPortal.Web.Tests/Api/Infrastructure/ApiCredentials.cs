using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>API credentials arranged through the domain service, and clients that sign in with them (HTTP Basic).</summary>
public static class ApiCredentials
{
    /// <summary>A credential of the demo organisation, created by its admin; for kind agent, <paramref name="agentEmail"/> names the agent.</summary>
    public static async Task<CreatedApiCredential> CreateAsync(this ApiHost host, string name, ApiCredentialKind kind = ApiCredentialKind.Organisation, string? agentEmail = null)
    {
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        var agentId = agentEmail is null ? (Guid?)null : (await host.AgentAsync(agentEmail)).Id;
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(admin.OrganisationId);
        return await scope.ServiceProvider.GetRequiredService<IApiCredentialService>()
            .CreateAsync(new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin), new(name, kind, agentId));
    }

    public static HttpClient WithBasic(this ApiHost host, string userName, string password)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }

    /// <summary>The seed 004 form: the organisation's subdomain and the secret of an organisation credential.</summary>
    public static HttpClient WithOrganisationCredential(this ApiHost host, CreatedApiCredential credential) =>
        host.WithBasic(AdminPortal.Domain.Demo.DemoCast.Subdomain, credential.Secret);

    /// <summary>The seed 003 form: the credential's key and secret.</summary>
    public static HttpClient WithKeyAndSecret(this ApiHost host, CreatedApiCredential credential) =>
        host.WithBasic(credential.Credential.Key, credential.Secret);
}
