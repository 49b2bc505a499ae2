using System.Text;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>
/// The ids a write test aims at (rows of the demo organisation, whose admin writes, and of the Rebel Alliance, which it
/// must never reach) and a snapshot of every link and value those writes could change, to prove a refused write changed nothing.
/// </summary>
public sealed record RowsOfBothOrganisations(
    Guid DemoTeam, Guid DemoChildTeam, Guid DemoMenu, Guid DemoAgent, Guid DemoAgentAssignment, Guid DemoTeamAssignment,
    Guid RebelTeam, Guid RebelMenu, Guid RebelAgent, Guid RebelAgentAssignment, Guid DemoQueueGroup)
{
    public const string QueueGroupName = "Imperial Queues";

    /// <summary>The rows; the demo queue group is created (through the API) by the first test that needs it.</summary>
    public static async Task<RowsOfBothOrganisations> FindAsync(ApiHost host)
    {
        var group = await host.QueryAsync(db => db.QueueGroups.IgnoreQueryFilters()
            .Where(g => g.OrganisationId == host.DemoOrganisationId && g.Name == QueueGroupName).Select(g => (Guid?)g.Id).SingleOrDefaultAsync());
        if (group is null)
        {
            var admin = await host.ClientForAsync(ApiHost.AdminEmail);
            var created = await (await admin.PostAsync("/api/queue_groups", HttpJson.Document(new { data = new { type = "QueueGroup", attributes = new { name = QueueGroupName } } })))
                .ShouldBeOkAsync(System.Net.HttpStatusCode.Created);
            group = Guid.Parse(created["data"]!["id"]!.GetValue<string>());
        }

        return await FindRowsAsync(host, group.Value);
    }

    private static async Task<RowsOfBothOrganisations> FindRowsAsync(ApiHost host, Guid queueGroup) => await host.QueryAsync(async db => new RowsOfBothOrganisations(
        await db.Teams.IgnoreQueryFilters().Where(t => t.OrganisationId == host.DemoOrganisationId && t.Name == "Storm Trooper Regiment").Select(t => t.Id).SingleAsync(),
        await db.Teams.IgnoreQueryFilters().Where(t => t.OrganisationId == host.DemoOrganisationId && t.Name == "Storm Trooper 1st Regiment").Select(t => t.Id).SingleAsync(),
        await db.Menus.IgnoreQueryFilters().Where(m => m.OrganisationId == host.DemoOrganisationId && m.Name == "Death Star").Select(m => m.Id).SingleAsync(),
        await db.Agents.IgnoreQueryFilters().Where(a => a.Email == ApiHost.Trooper5Email).Select(a => a.Id).SingleAsync(),
        await db.AgentAssignments.IgnoreQueryFilters().Where(a => a.Menu!.Name == "Death Star" && a.Agent!.Email == ApiHost.VaderEmail).Select(a => a.Id).SingleAsync(),
        await db.TeamAssignments.IgnoreQueryFilters().Where(a => a.Menu!.Name == "Death Star" && a.Team!.Name == "Storm Troopers").Select(a => a.Id).SingleAsync(),
        await db.Teams.IgnoreQueryFilters().Where(t => t.Name == RebelData.TeamName).Select(t => t.Id).SingleAsync(),
        await db.Menus.IgnoreQueryFilters().Where(m => m.Name == RebelData.MenuName).Select(m => m.Id).SingleAsync(),
        await db.Agents.IgnoreQueryFilters().Where(a => a.Email == RebelData.LukeEmail).Select(a => a.Id).SingleAsync(),
        await db.AgentAssignments.IgnoreQueryFilters().Where(a => a.Menu!.Name == RebelData.MenuName).Select(a => a.Id).SingleAsync(),
        queueGroup));

    /// <summary>Replaces <c>{demo_team}</c>, <c>{rebel_agent}</c>, … with the ids.</summary>
    public string Fill(string text) => text
        .Replace("{demo_team}", DemoTeam.ToString(), StringComparison.Ordinal)
        .Replace("{demo_child_team}", DemoChildTeam.ToString(), StringComparison.Ordinal)
        .Replace("{demo_menu}", DemoMenu.ToString(), StringComparison.Ordinal)
        .Replace("{demo_agent}", DemoAgent.ToString(), StringComparison.Ordinal)
        .Replace("{demo_agent_assignment}", DemoAgentAssignment.ToString(), StringComparison.Ordinal)
        .Replace("{demo_team_assignment}", DemoTeamAssignment.ToString(), StringComparison.Ordinal)
        .Replace("{rebel_team}", RebelTeam.ToString(), StringComparison.Ordinal)
        .Replace("{rebel_menu}", RebelMenu.ToString(), StringComparison.Ordinal)
        .Replace("{rebel_agent}", RebelAgent.ToString(), StringComparison.Ordinal)
        .Replace("{rebel_agent_assignment}", RebelAgentAssignment.ToString(), StringComparison.Ordinal)
        .Replace("{demo_queue_group}", DemoQueueGroup.ToString(), StringComparison.Ordinal);

    /// <summary>Every team (parent, position, name, deleted, members), menu (parent, name, queue group), queue group, credential,
    /// assignment (menu, agent/team, values) and agent (email, names, numbers) of both organisations, as text.</summary>
    public static Task<string> SnapshotAsync(ApiHost host) => host.QueryAsync(async db =>
    {
        var text = new StringBuilder();
        foreach (var team in await db.Teams.IgnoreQueryFilters().AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.ParentId, t.Position, t.Name, t.Deleted, Members = t.Agents.OrderBy(a => a.Id).Select(a => a.Id).ToList() }).ToListAsync())
        {
            text.AppendLine($"team {team.Id} {team.ParentId} {team.Position} {team.Name} {team.Deleted} [{string.Join(",", team.Members)}]");
        }

        foreach (var menu in await db.Menus.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.ParentId, m.Position, m.Name, m.Deleted, m.QueueGroupId }).ToListAsync())
        {
            text.AppendLine($"menu {menu.Id} {menu.ParentId} {menu.Position} {menu.Name} {menu.Deleted} {menu.QueueGroupId}");
        }

        foreach (var group in await db.QueueGroups.IgnoreQueryFilters().AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Name }).ToListAsync())
        {
            text.AppendLine($"queue group {group.Id} {group.Name}");
        }

        foreach (var credential in await db.ApiCredentials.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.AgentId, c.RevokedAt }).ToListAsync())
        {
            text.AppendLine($"credential {credential.Id} {credential.AgentId} {credential.RevokedAt}");
        }

        foreach (var a in await db.AgentAssignments.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync())
        {
            text.AppendLine($"agent assignment {a.Id} {a.MenuId} {a.AgentId} {a.Lang} {a.QueueLevel} {a.ChannelType} {a.SkillLevel}");
        }

        foreach (var a in await db.TeamAssignments.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync())
        {
            text.AppendLine($"team assignment {a.Id} {a.MenuId} {a.TeamId} {a.Lang} {a.QueueLevel} {a.ChannelType}");
        }

        foreach (var a in await db.Agents.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync())
        {
            text.AppendLine($"agent {a.Id} {a.Email} {a.FirstName} {a.MiddleName} {a.LastName} {a.AgentNumber} {a.ExtensionNumber} {a.Role} {a.Location}");
        }

        return text.ToString();
    });
}
