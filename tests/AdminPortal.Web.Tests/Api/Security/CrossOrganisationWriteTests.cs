using System.Net;
using AdminPortal.Web.Tests.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Web.Tests.Api.Infrastructure.HttpJson;

namespace AdminPortal.Web.Tests.Api.Security;

/// <summary>Every write aimed at another organisation's id answers 404 and changes nothing.</summary>
public sealed class CrossOrganisationWriteTests(ApiHost host) : IClassFixture<ApiHost>
{
    private sealed record RebelIds(Guid Luke, Guid Team, Guid Menu, Guid Assignment, Guid Status, Guid OwnTeam);

    private async Task<RebelIds> IdsAsync() => await host.QueryAsync(async db => new RebelIds(
        await db.Agents.IgnoreQueryFilters().Where(a => a.Email == RebelData.LukeEmail).Select(a => a.Id).SingleAsync(),
        await db.Teams.IgnoreQueryFilters().Where(t => t.Name == RebelData.TeamName).Select(t => t.Id).SingleAsync(),
        await db.Menus.IgnoreQueryFilters().Where(m => m.Name == RebelData.MenuName).Select(m => m.Id).SingleAsync(),
        await db.AgentAssignments.IgnoreQueryFilters().Where(a => a.Menu!.Name == RebelData.MenuName).Select(a => a.Id).SingleAsync(),
        await db.UserStatuses.IgnoreQueryFilters().Where(s => s.OrganisationId == host.RebelOrganisationId && s.Name == "Break").Select(s => s.Id).SingleAsync(),
        await db.Teams.IgnoreQueryFilters().Where(t => t.Name == "Death Star Team").Select(t => t.Id).SingleAsync()));

    [Theory]
    [InlineData("PATCH", "/api/teams/{team}", """{"data": {"type": "Team", "id": "{team}", "attributes": {"name": "Taken"}}}""")]
    [InlineData("PATCH", "/api/menus/{menu}", """{"data": {"type": "Menu", "id": "{menu}", "attributes": {"name": "Taken"}}}""")]
    [InlineData("PATCH", "/api/agent_assignments/{assignment}", """{"data": {"type": "AgentAssignment", "id": "{assignment}", "attributes": {"skill_level": 9}}}""")]
    [InlineData("PATCH", "/api/user_statuses/{status}", """{"data": {"type": "UserStatus", "id": "{status}", "attributes": {"color": "black"}}}""")]
    [InlineData("DELETE", "/api/menus/{menu}", "")]
    [InlineData("DELETE", "/api/agent_assignments/{assignment}", "")]
    [InlineData("DELETE", "/api/user_statuses/{status}", "")]
    [InlineData("POST", "/api/agents/{luke}/relationships/teams", """{"data": [{"type": "Team", "id": "{ownteam}"}]}""")]
    [InlineData("PATCH", "/api/teams/{team}/relationships/agents", """{"data": []}""")]
    [InlineData("DELETE", "/api/teams/{team}/relationships/agents", """{"data": [{"type": "Agent", "id": "{luke}"}]}""")]
    [InlineData("POST", "/api/agent_assignments", """{"data": {"type": "AgentAssignment", "relationships": {"menu": {"data": {"type": "Menu", "id": "{menu}"}}, "agent": {"data": {"type": "Agent", "id": "{luke}"}}}}}""")]
    [InlineData("POST", "/api/teams", """{"data": {"type": "Team", "attributes": {"name": "Spy"}, "relationships": {"parent": {"data": {"type": "Team", "id": "{team}"}}}}}""")]
    public async Task Writes_on_another_organisations_ids_are_not_found(string method, string path, string body)
    {
        var ids = await IdsAsync();
        string Fill(string text) => text.Replace("{team}", ids.Team.ToString(), StringComparison.Ordinal)
            .Replace("{menu}", ids.Menu.ToString(), StringComparison.Ordinal)
            .Replace("{assignment}", ids.Assignment.ToString(), StringComparison.Ordinal)
            .Replace("{status}", ids.Status.ToString(), StringComparison.Ordinal)
            .Replace("{luke}", ids.Luke.ToString(), StringComparison.Ordinal)
            .Replace("{ownteam}", ids.OwnTeam.ToString(), StringComparison.Ordinal);
        var client = await host.ClientForAsync(ApiHost.AdminEmail);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (body.Length > 0)
        {
            request.Content = Json(Fill(body), JsonApiMediaType);
        }

        var response = await client.SendAsync(request);

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound);
        (await host.QueryAsync(db => db.Teams.IgnoreQueryFilters().Where(t => t.Id == ids.Team).Select(t => new { t.Name, t.Deleted, Members = t.Agents.Count }).SingleAsync()))
            .ShouldBe(new { Name = RebelData.TeamName, Deleted = false, Members = 2 });
        (await host.QueryAsync(db => db.Menus.IgnoreQueryFilters().Where(m => m.Id == ids.Menu).Select(m => new { m.Name, m.Deleted }).SingleAsync()))
            .ShouldBe(new { Name = RebelData.MenuName, Deleted = false });
        (await host.QueryAsync(db => db.AgentAssignments.IgnoreQueryFilters().Where(a => a.Id == ids.Assignment).Select(a => a.SkillLevel).SingleAsync())).ShouldBe(3);
        (await host.QueryAsync(db => db.UserStatuses.IgnoreQueryFilters().Where(s => s.Id == ids.Status).Select(s => s.Deleted).SingleAsync())).ShouldBeFalse();
    }
}
