using System.Net;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Portal.Sessions;

/// <summary>A portal session and a host token follow the account: demotion, a new password or deletion end them.</summary>
public sealed class SessionTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Demoted_supervisor_loses_the_admin_pages_on_the_next_request()
    {
        var supervisor = await NewAgentAsync(AgentRole.Supervisor);
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(supervisor.Email, ApiHost.Password);
        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ActAsAdminAsync(agents => agents.UpdateAsync(Admin, supervisor.Id, Details(supervisor, AgentRole.Agent)));

        foreach (var page in new[] { "/agents", "/teams", "/activity" })
        {
            var response = await browser.OpenAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            PortalBrowser.PathOf(response).ShouldBe("/signin", page);
        }
    }

    [Fact]
    public async Task New_password_ends_the_old_sessions_and_tokens_and_the_new_one_signs_in()
    {
        var agent = await NewAgentAsync(AgentRole.Supervisor);
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(agent.Email, ApiHost.Password);
        var oldToken = await host.TokenForAsync(agent.Email);
        (await host.WithToken(oldToken).GetAsync("/api/v1/agent_statuses")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ActAsAdminAsync(agents => agents.SetPasswordAsync(Admin, agent.Id, "A-brand-new-password-1"));

        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await host.WithToken(oldToken).GetAsync("/api/v1/agent_statuses");
        var error = await refused.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        error["detail"]!.GetValue<string>().ShouldBe("The token was issued before the account's password or role changed; get a new token.");
        var again = PortalBrowser.Open(host);
        await again.SignInOrFailAsync(agent.Email, "A-brand-new-password-1");
        (await again.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.WithToken(await host.TokenForAsync(agent.Email)).GetAsync("/api/v1/agent_statuses")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Demotion_ends_old_tokens()
    {
        var supervisor = await NewAgentAsync(AgentRole.Supervisor);
        var token = await host.TokenForAsync(supervisor.Email);

        await ActAsAdminAsync(agents => agents.UpdateAsync(Admin, supervisor.Id, Details(supervisor, AgentRole.Agent)));

        await (await host.WithToken(token).GetAsync("/api/v1/agent_statuses")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Other_changes_to_the_account_keep_the_session()
    {
        var supervisor = await NewAgentAsync(AgentRole.Supervisor);
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(supervisor.Email, ApiHost.Password);

        await ActAsAdminAsync(agents => agents.UpdateAsync(Admin, supervisor.Id, Details(supervisor, AgentRole.Supervisor) with { Location = "Endor" }));

        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleted_account_ends_its_session()
    {
        var supervisor = await NewAgentAsync(AgentRole.Supervisor);
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(supervisor.Email, ApiHost.Password);

        await host.QueryAsync(async db =>
        {
            return await db.Agents.IgnoreQueryFilters().Where(a => a.Id == supervisor.Id).ExecuteDeleteAsync();
        });

        (await browser.OpenAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private Actor Admin => new(host.DemoOrganisationId, _adminId, AgentRole.Admin);

    private Guid _adminId;

    private async Task<Agent> NewAgentAsync(AgentRole role)
    {
        _adminId = (await host.AgentAsync(ApiHost.AdminEmail)).Id;
        await using var scope = host.ActAs(host.DemoOrganisationId);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var details = new AgentDetails($"session-{suffix}@empire.com", "Session", null, suffix, null, null, null, role, null);
        return await scope.ServiceProvider.GetRequiredService<IAgentService>().CreateAsync(Admin, details, ApiHost.Password);
    }

    private async Task ActAsAdminAsync(Func<IAgentService, Task> change)
    {
        await using var scope = host.ActAs(host.DemoOrganisationId);
        await change(scope.ServiceProvider.GetRequiredService<IAgentService>());
    }

    private static AgentDetails Details(Agent agent, AgentRole role) =>
        new(agent.Email, agent.FirstName, agent.MiddleName, agent.LastName, agent.AgentNumber, agent.ExtensionNumber, agent.AvatarUrl, role, agent.Location);
}
