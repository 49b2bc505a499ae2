using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Api.Infrastructure;

/// <summary>A second organisation with an admin, an agent, a team and a queue, whose ids the demo organisation must never reach.</summary>
public static class RebelData
{
    public const string TeamName = "Rogue Squadron";
    public const string MenuName = "Rebel Hotline";
    public const string LukeEmail = "luke@rebels.example.com";

    public static async Task AddAsync(AdminPortalDbContext db, Guid organisationId, string password)
    {
        var statuses = await db.UserStatuses.IgnoreQueryFilters().Where(s => s.OrganisationId == organisationId).ToListAsync();
        var available = statuses.Single(s => s.Name == "Available");
        var hash = new PasswordHasher<Agent>().HashPassword(null!, password);
        var leia = NewAgent(organisationId, "Leia", "Organa", ApiHost.LeiaEmail, "900", AgentRole.Admin, available.Id, hash);
        var luke = NewAgent(organisationId, "Luke", "Skywalker", LukeEmail, "901", AgentRole.Agent, available.Id, hash);
        var team = new Team { OrganisationId = organisationId, Name = TeamName, Agents = [leia, luke] };
        var menu = new Menu { OrganisationId = organisationId, Name = MenuName };
        db.AddRange(leia, luke, team, menu);
        db.AgentAssignments.Add(new AgentAssignment { OrganisationId = organisationId, MenuId = menu.Id, AgentId = luke.Id, SkillLevel = 3 });
        await db.SaveChangesAsync();
    }

    private static Agent NewAgent(Guid organisationId, string first, string last, string email, string extension, AgentRole role, Guid statusId, string hash) => new()
    {
        OrganisationId = organisationId,
        FirstName = first,
        LastName = last,
        Email = email,
        AgentNumber = $"Agent No.{extension}",
        ExtensionNumber = extension,
        Role = role,
        StatusId = statusId,
        PasswordHash = hash,
    };
}
