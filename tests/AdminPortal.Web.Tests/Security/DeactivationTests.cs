using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Portal.Queries;
using AdminPortal.Web.Tests.Api.Infrastructure;
using AdminPortal.Web.Tests.Portal.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Security;

/// <summary>
/// A deactivated agent, end to end: its portal session, tokens and API credentials stop at once and it cannot sign in;
/// it leaves the agents grid, the board, the pickers, team members, /api/agents and the seed dialects' lists; its history
/// keeps its name; reactivated, it signs in again.
/// </summary>
public sealed class DeactivationTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Password = "Deactivation-test-1";

    [Fact]
    public async Task A_deactivated_agent_is_signed_out_everywhere_and_cannot_sign_in_until_reactivated()
    {
        var agent = await NewAgentAsync(AgentRole.Supervisor);
        var browser = PortalBrowser.Open(host);
        await browser.SignInOrFailAsync(agent.Email, Password);
        var token = await TokenAsync(agent.Email);
        var credential = await host.CreateAsync("Softphone", ApiCredentialKind.Agent, agent.Email);
        (await host.WithToken(token).GetAsync("/api/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.WithKeyAndSecret(credential).GetAsync("/api/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await AsAdminAsync<IAgentAccounts>(accounts => accounts.DeactivateAsync(Admin, agent.Id));

        var page = await browser.OpenAsync("/agents");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalBrowser.PathOf(page).ShouldBe("/signin");
        var oldToken = await (await host.WithToken(token).GetAsync("/api/teams")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        oldToken["detail"]!.GetValue<string>().ShouldBe("The account is deactivated; an admin can reactivate it.");
        await (await host.WithKeyAndSecret(credential).GetAsync("/api/teams")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        await (await host.CreateClient().PostAsync("/api/auth/token", Json($$"""{"email": "{{agent.Email}}", "password": "{{Password}}"}""")))
            .ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
        var form = await PortalBrowser.Open(host).SignInAsync(agent.Email, Password);
        form.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await form.Content.ReadAsStringAsync()).ShouldContain("Invalid email or password.");
        (await host.StatusOfAsync(agent.Email)).ShouldBe("Offline");

        await AsAdminAsync<IAgentAccounts>(accounts => accounts.ReactivateAsync(Admin, agent.Id));

        await PortalBrowser.Open(host).SignInOrFailAsync(agent.Email, Password);
        (await host.WithToken(await TokenAsync(agent.Email)).GetAsync("/api/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.WithKeyAndSecret(credential).GetAsync("/api/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_agent_leaves_every_list_but_its_history_keeps_its_name()
    {
        var agent = await NewAgentAsync(AgentRole.Agent, extension: "4711");
        var team = await AsAdminAsync<ITeamService, Team>(teams => teams.CreateAsync(Admin, "Deactivation squad " + agent.LastName, null));
        await AsAdminAsync<ITeamService>(teams => teams.AddMembersAsync(Admin, team.Id, [agent.Id]));
        var menu = await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().SingleAsync(m => m.OrganisationId == host.DemoOrganisationId && m.NumericId == 2049));
        await AsAdminAsync<IAssignmentService>(a => a.AssignAgentAsync(Admin, menu.Id, agent.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 5)));
        using var client = await host.ClientForAsync(ApiHost.AdminEmail);
        await (await client.PostAsync("/api/operator_statuses", Document(new
        {
            data = new { type = "OperatorStatus", attributes = new { sip_user_id = agent.Id.ToString(), source = "system", status = "Available" }, relationships = new { } },
        }))).ShouldBeOkAsync(HttpStatusCode.Created);
        (await ListedEverywhereAsync(client, agent, team, menu)).ShouldAllBe(listed => listed.Value, "before deactivation");

        await AsAdminAsync<IAgentAccounts>(accounts => accounts.DeactivateAsync(Admin, agent.Id));

        (await ListedEverywhereAsync(client, agent, team, menu)).ShouldAllBe(listed => !listed.Value, "after deactivation");
        var withDeleted = await (await client.GetAsync($"/manager/api/v1/teams/{team.NumericId}?with_deleted=true")).ShouldBeOkAsync();
        withDeleted["assignees"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()).ShouldContain(agent.NumericId);
        withDeleted["agents_count"]!.GetValue<int>().ShouldBe(1);
        var menuWithDeleted = await (await client.GetAsync($"/manager/api/v1/menus/{menu.NumericId}?with_deleted=true")).ShouldBeOkAsync();
        menuWithDeleted[0]!["agent_assignments"]!.AsArray().Select(a => a!["assignee"]!["id"]!.GetValue<long>()).ShouldContain(agent.NumericId);
        var asked = await (await client.GetAsync($"/api/agents?filter=equals(deactivated,'true')")).ShouldBeOkAsync();
        asked["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldContain(agent.Id.ToString());
        var history = await (await client.GetAsync($"/api/operator_statuses?filter=equals(sip_user_id,'{agent.Id}')")).ShouldBeOkAsync();
        history["data"]!.AsArray().Select(s => s!["attributes"]!["agent_name"]!.GetValue<string>()).Distinct().ShouldBe([agent.Name]);
        var activity = await PortalQueryAsync<ActivityLog, Page<ActivityRow>>(log => log.PageAsync(new ActivityFilter(AgentId: agent.Id), 0, 50));
        activity.Items.ShouldNotBeEmpty();
        activity.Items.ShouldAllBe(row => row.AgentName == agent.Name);
        var trail = await PortalQueryAsync<AuditLog, AuditPage>(log => log.PageAsync(Admin, new AuditFilter(ResourceId: agent.Id), 0, 50));
        trail.Items.Select(e => e.Action).ShouldContain(AuditActions.Deactivate);
        trail.Items.ShouldAllBe(e => e.ResourceName == agent.Name || e.ResourceType != nameof(Agent));
    }

    /// <summary>Whether the agent shows in each list of agents there is.</summary>
    private async Task<Dictionary<string, bool>> ListedEverywhereAsync(HttpClient client, Agent agent, Team team, Menu menu)
    {
        var api = await (await client.GetAsync($"/api/agents?filter=equals(email,'{agent.Email}')")).ShouldBeOkAsync();
        var teamAgents = await (await client.GetAsync($"/api/teams/{team.Id}/agents")).ShouldBeOkAsync();
        var queue = await (await client.GetAsync($"/api/call_queues/{menu.Id}/agents")).ShouldBeOkAsync();
        using var statuses = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agent_statuses") { Content = Json($$"""{"team_ids": ["{{team.Id}}"]}""") };
        var seed002 = await (await client.SendAsync(statuses)).ShouldBeOkAsync();
        var manager = await (await client.GetAsync($"/manager/api/v1/agents?id[]={agent.NumericId}")).ShouldBeOkAsync();
        var managerTeam = await (await client.GetAsync($"/manager/api/v1/teams/{team.NumericId}")).ShouldBeOkAsync();
        var managerTeams = await (await client.GetAsync($"/manager/api/v1/teams?id[]={team.NumericId}&agents_count[from]=1")).ShouldBeOkAsync();
        var managerTree = await (await client.GetAsync("/manager/api/v1/teams/tree")).ShouldBeOkAsync();
        var managerMenu = await (await client.GetAsync($"/manager/api/v1/menus/{menu.NumericId}")).ShouldBeOkAsync();
        var grid = await PortalQueryAsync<AgentDirectory, Page<AgentRow>>(d => d.PageAsync(new AgentFilter(Search: agent.Email), AgentSort.Name, false, 0, 25));
        var picker = await PortalQueryAsync<AgentDirectory, IReadOnlyList<Choice>>(d => d.SearchAsync(agent.LastName));
        var board = await PortalQueryAsync<LiveBoard, IReadOnlyList<BoardColumn>>(b => b.ColumnsAsync(new BoardFilter(TeamId: team.Id)));
        var members = await PortalQueryAsync<TeamTree, Page<TeamMember>>(t => t.MembersAsync(team.Id));
        var effective = await PortalQueryAsync<IAssignmentService, IReadOnlyList<EffectiveAgent>>(a => a.EffectiveAgentsAsync(menu.Id));
        return new()
        {
            ["/api/agents"] = Ids(api["data"]!).Contains(agent.Id.ToString()),
            ["/api/teams/{id}/agents"] = Ids(teamAgents["data"]!).Contains(agent.Id.ToString()),
            ["seed 001 queue agents"] = queue["items"]!.AsArray().Any(i => i!["extension_number"]!.GetValue<string>() == "4711"),
            ["seed 002 agent statuses"] = seed002.AsArray().Any(s => s!["email"]!.GetValue<string>() == agent.Email),
            ["seed 004 agents"] = manager.AsArray().Any(a => a!["id"]!.GetValue<long>() == agent.NumericId),
            ["seed 004 team's assignees"] = managerTeam["assignees"]!.AsArray().Any(a => a!["id"]!.GetValue<long>() == agent.NumericId),
            ["seed 004 team list's members"] = managerTeams.AsArray().Any(t => t!["assignees"]!.AsArray().Any(a => a!["id"]!.GetValue<long>() == agent.NumericId)),
            ["seed 004 team tree's count"] = managerTree.AsArray().Any(t => t!["id"]!.GetValue<long>() == team.NumericId && t["agents_count"]!.GetValue<int>() == 1),
            ["seed 004 menu's agents"] = managerMenu[0]!["agent_assignments"]!.AsArray().Any(a => a!["assignee"]!["id"]!.GetValue<long>() == agent.NumericId),
            ["agents grid"] = grid.Items.Any(a => a.Id == agent.Id),
            ["agent picker"] = picker.Any(c => c.Id == agent.Id),
            ["board"] = board.SelectMany(c => c.Agents).Any(a => a.Id == agent.Id),
            ["team members"] = members.Items.Any(m => m.Id == agent.Id),
            ["queue's effective agents"] = effective.Any(a => a.AgentId == agent.Id),
        };
    }

    private static List<string> Ids(JsonNode data) => [.. data.AsArray().Select(a => a!["id"]!.GetValue<string>())];

    private Actor Admin { get; set; } = null!;

    private async Task<Agent> NewAgentAsync(AgentRole role, string? extension = null)
    {
        var admin = await host.AgentAsync(ApiHost.AdminEmail);
        Admin = new Actor(admin.OrganisationId, admin.Id, AgentRole.Admin);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var details = new AgentDetails($"gone-{suffix}@empire.com", "Gone", null, suffix, null, extension, null, role, null);
        return await AsAdminAsync<IAgentService, Agent>(agents => agents.CreateAsync(Admin, details, Password));
    }

    private async Task<string> TokenAsync(string email)
    {
        var response = await (await host.CreateClient().PostAsync("/api/auth/token", Json($$"""{"email": "{{email}}", "password": "{{Password}}"}"""))).ShouldBeOkAsync();
        return response["access_token"]!.GetValue<string>();
    }

    private Task AsAdminAsync<TService>(Func<TService, Task> work)
        where TService : notnull => AsAdminAsync<TService, bool>(async service =>
        {
            await work(service);
            return true;
        });

    private async Task<TResult> AsAdminAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = host.ActAs(host.DemoOrganisationId);
        scope.ServiceProvider.GetRequiredService<AuditContext>().Use(AuditOrigin.Portal(Admin.AgentId!.Value, "Demo Admin"));
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<TResult> PortalQueryAsync<TQuery, TResult>(Func<TQuery, Task<TResult>> query)
        where TQuery : notnull
    {
        await using var scope = host.ActAs(host.DemoOrganisationId);
        return await query(scope.ServiceProvider.GetRequiredService<TQuery>());
    }
}
